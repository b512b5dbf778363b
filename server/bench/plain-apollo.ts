/**
 * The baseline: a plain Apollo Server 5 with a one-field SDL schema, standalone, as small as an
 * Apollo server gets. Prints its URL on stdout.
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

const server = new ApolloServer({
  typeDefs: "type Query { hello: String }",
  resolvers: { Query: { hello: () => "world" } },
});
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
console.log(JSON.stringify({ url }));
