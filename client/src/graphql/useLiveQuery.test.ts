import { createServer, type Server } from "node:http";
import { afterEach, beforeEach, expect, it } from "vitest";
import { effectScope, nextTick, ref } from "vue";
import { TypedDocumentString } from "./generated/graphql";
import { useLiveQuery } from "./liveUpdates";

// A real HTTP endpoint on loopback that answers every query with the id it was asked for and
// counts the reads; the events are the test's own, so it can say when one "arrives".
const Shown = new TypedDocumentString<{ shown: string }, { id: string }>("query Shown($id: ID!) { shown(id: $id) }");

let server: Server;
const reads: string[] = [];

beforeEach(async () => {
  reads.length = 0;
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const { variables } = JSON.parse(body) as { variables: { id: string } };
      reads.push(variables.id);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: { shown: variables.id } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`http://127.0.0.1:${port}/`);
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

it("reads for the key shown, again on its events and for a new key, and stops listening with the page", async () => {
  const id = ref("case-1");
  const listening = new Map<string, () => void>();
  const scope = effectScope();
  const query = scope.run(() =>
    useLiveQuery(
      Shown,
      id,
      (key) => ({ id: key }),
      (key, changed) => {
        listening.set(key, changed);
        return [() => listening.delete(key)];
      },
    ),
  )!;
  await expect.poll(() => query.data.value?.shown).toBe("case-1");
  expect(reads).toEqual(["case-1"]);

  listening.get("case-1")?.();
  await expect.poll(() => reads.length).toBe(2);

  id.value = "case-2";
  await nextTick();
  expect([...listening.keys()]).toEqual(["case-2"]);
  await expect.poll(() => query.data.value?.shown).toBe("case-2");

  scope.stop();
  expect(listening.size).toBe(0);
});
