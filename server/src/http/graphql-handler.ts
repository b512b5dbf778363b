import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import express from "express";
import type http from "node:http";

/** Largest GraphQL request body; anything bigger is refused (413) before parsing. */
const MAX_BODY = "1mb";

const parseJson = express.json({ limit: MAX_BODY });

/**
 * POST/GET /graphql straight into Apollo, as Apollo's own standalone server does it, without
 * Express's router on the hot path: every request of the app goes through here.
 */
export function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<C>,
  onError: (err: unknown, req: http.IncomingMessage) => void,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    parseJson(req as express.Request, res as express.Response, (parseError?: unknown) => {
      if (parseError) {
        const status = (parseError as { status?: number }).status ?? 400;
        res.writeHead(status, { "content-type": "application/json" });
        res.end(
          JSON.stringify({ errors: [{ message: (parseError as Error).message, extensions: { code: "BAD_REQUEST" } }] }),
        );
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const url = req.url ?? "/";
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: (req.method ?? "GET").toUpperCase(),
            headers,
            search: url.includes("?") ? url.slice(url.indexOf("?")) : "",
            body: (req as { body?: unknown }).body,
          },
          context: () => context(req, res),
        })
        .then(async (response) => {
          for (const [key, value] of response.headers) res.setHeader(key, value);
          res.statusCode = response.status ?? 200;
          if (response.body.kind === "complete") {
            res.end(response.body.string);
            return;
          }
          for await (const chunk of response.body.asyncIterator) res.write(chunk);
          res.end();
        })
        .catch((err: unknown) => {
          onError(err, req);
          if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ errors: [{ message: "Internal server error" }] }));
        });
    });
  };
}
