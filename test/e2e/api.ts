/** A GraphQL caller with its own session cookie, for building a test's world through the real API. */
export class Api {
  private cookie = "";

  constructor(private readonly url: string) {}

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith("rt_session="));
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${body.errors.map((e) => e.message).join("; ")}`);
    return body.data as T;
  }

  async signIn(email: string, password: string): Promise<this> {
    await this.gql(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, {
      e: email,
      p: password,
    });
    return this;
  }
}
