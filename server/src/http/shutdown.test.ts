import { COLLAB_CLOSE_CODES, minutesFragment, readAgenda, snapshotDocument } from "@roundtable/shared";
import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import { connect, paragraph, storedSnapshot, upgradeStatus, writableConference } from "../../test/collab-kit.js";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { startTestServer } from "../../test/server.js";

describe("a graceful stop", () => {
  it("drains (health checks 503, new upgrades refused, open sockets served), then closes with codes that reconnect and stores everything", async () => {
    // Stores only when told to: whatever is stored at the end was stored by the stop.
    const s = await startTestServer(databaseTargets[0]!, {
      env: { COLLAB_STORE_DEBOUNCE_MS: "600000", COLLAB_STORE_MAX_DELAY_MS: "600000" },
    });
    try {
      const conference = await writableConference(s);
      const live = connect(s.url, conference.id, { WebSocket: s.WebSocket });
      await live.synced();
      const minutes = () => paragraph(live.doc, minutesFragment(live.doc, readAgenda(live.doc)[0]!.id));
      minutes().insert(0, "Typed before the stop.");
      const closes: number[] = [];
      const subscriptions = createClient({
        url: `${s.wsUrl}/graphql`,
        webSocketImpl: s.WebSocket,
        lazy: false,
        retryAttempts: 0,
        // The close is what this test waits for, not an error to print.
        onNonLazyError: () => {},
        on: { closed: (event) => closes.push((event as { code: number }).code) },
      });
      await new Promise<void>((resolve) => subscriptions.on("connected", () => resolve()));

      s.http.drain();
      expect((await fetch(`${s.url}/healthz`)).status).toBe(503);
      expect((await fetch(`${s.url}/readyz`)).status).toBe(503);
      const cookie = { cookie: s.cookie() ?? "" };
      expect(await upgradeStatus(`${s.wsUrl}/graphql`, cookie)).toBe(503);
      expect(await upgradeStatus(`${s.wsUrl}/collab/${conference.id}`, cookie)).toBe(503);
      // What is open carries on while a proxy moves new traffic elsewhere.
      expect((await s.post({ query: "{ me { conferenceId } }" })).status).toBe(200);
      const received = async () => {
        const text = await (await fetch(`${s.url}/metrics`)).text();
        return Number(/^roundtable_collab_updates_total\{direction="received"\} (\d+)$/m.exec(text)?.[1] ?? 0);
      };
      const before = await received();
      minutes().insert(0, "Typed while draining.");
      await eventually(async () => expect(await received()).toBeGreaterThan(before));

      await s.http.stop();
      await eventually(() => expect(live.closes[0]).toBe(COLLAB_CLOSE_CODES.serverRestarting));
      await eventually(() => expect(closes).toEqual([1012]));
      await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
      const stored = Object.values((await storedSnapshot(s.db, conference.id)).minutes).join("\n");
      expect(stored).toContain("Typed before the stop.");
      expect(stored).toContain("Typed while draining.");
      expect(snapshotDocument(live.doc).minutes).toEqual((await storedSnapshot(s.db, conference.id)).minutes);
      live.leave();
      await subscriptions.dispose();
    } finally {
      await s.db.close();
    }
  }, 120_000);
});
