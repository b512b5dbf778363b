import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";

/** One message as the mail server received it. */
export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
}

/**
 * How the test mail server behaves: accepts; refuses connections (421, a server in trouble);
 * refuses the recipient for good (550); or takes the message and never answers (a hung server).
 */
export type SinkMode = "accept" | "refuse" | "reject-recipient" | "hang";

export interface SmtpSink {
  port: number;
  url: string;
  received: Received[];
  mode: SinkMode;
  /** How long each accepted message takes to be answered, like a real server storing it. */
  delayMs: number;
  /** Stops listening: connections are refused until `listen()` again, on the same port. */
  close(): Promise<void>;
  listen(): Promise<void>;
  listening(): boolean;
}

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/** A real SMTP server (the smtp-server package) on 127.0.0.1, port 0 unless given. */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  let server: SMTPServer | null = null;
  const sink: SmtpSink = {
    port,
    url: "",
    received: [],
    mode: "accept",
    delayMs: 0,
    async close() {
      const s = server;
      server = null;
      // Connections still open (a hung exchange) are cut at once, not after smtp-server's grace.
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    listening: () => server !== null,
    async listen() {
      server = newServer();
      await new Promise<void>((resolve, reject) => {
        server!.once("error", reject);
        server!.listen(sink.port, "127.0.0.1", () => resolve());
      });
      sink.port = (server.server.address() as AddressInfo).port;
      sink.url = `smtp://127.0.0.1:${sink.port}`;
    },
  };

  const newServer = () =>
    new SMTPServer({
      authOptional: true,
      // Our client would upgrade to TLS when offered, and the generated certificate is self-signed.
      disabledCommands: ["STARTTLS"],
      logger: false,
      closeTimeout: 100,
      onConnect(_session, callback) {
        if (sink.mode === "refuse") callback(smtpError(421, "Service not available, closing channel"));
        else callback();
      },
      onRcptTo(_address: SMTPServerAddress, _session, callback) {
        if (sink.mode === "reject-recipient") callback(smtpError(550, "No such user here"));
        else callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        const hang = sink.mode === "hang";
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          if (hang) return; // never answers: the sender waits until it gives up or dies
          setTimeout(() => {
            sink.received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
              raw: Buffer.concat(chunks),
            });
            callback();
          }, sink.delayMs);
        });
      },
    });

  await sink.listen();
  return sink;
}
