import { flushPromises, mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAppI18n } from "../i18n";
import DeadlinesPage from "./DeadlinesPage.vue";
import { buildDeadline, linkRouter } from "./test-support";

/** The API's answers, at the network's edge: each request takes the next body. */
function answer(...bodies: unknown[]) {
  const calls: { withinDays: unknown }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      calls.push(JSON.parse(String(init.body)).variables as { withinDays: unknown });
      return new Response(JSON.stringify(bodies.shift() ?? bodies.at(-1)), {
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return calls;
}

async function mountPage() {
  const router = linkRouter();
  const wrapper = mount(DeadlinesPage, {
    global: { plugins: [createAppI18n("hu"), router, [PrimeVue, { theme: "none" }]] },
  });
  await flushPromises();
  return wrapper;
}

describe("DeadlinesPage", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("reassures when nothing is overdue or due soon", async () => {
    const calls = answer({ data: { myDeadlines: [] } });
    const wrapper = await mountPage();
    expect(calls).toEqual([{ withinDays: 14 }]);
    expect(wrapper.get('[data-test="deadlines-empty"]').text()).toBe(
      "Nincs lejárt határidő, és a következő 14 napban sem jár le semmi. Minden rendben van.",
    );
    expect(wrapper.find('[data-test="overdue-count"]').exists()).toBe(false);
  });

  it("lists overdue deadlines first, counts them, and links each to its case", async () => {
    const kase = { id: "case-1", reference: "RT-1", familyName: "Kovács" };
    answer({
      data: {
        myDeadlines: [
          { ...buildDeadline({ id: "task:soon", daysLeft: 2 }), case: kase },
          { ...buildDeadline({ id: "task:late", overdue: true, daysLeft: -5, dueDate: "2026-03-01" }), case: kase },
        ],
      },
    });
    const wrapper = await mountPage();
    const items = wrapper.findAll('[data-test="deadline"]');
    expect(items.map((i) => i.attributes("data-urgency"))).toEqual(["overdue", "soon"]);
    expect(wrapper.get('[data-test="overdue-count"]').text()).toBe("Lejárt: 1");
    expect(items[0]?.get('[data-test="deadline-case"]').text()).toBe("Kovács család · RT-1");
  });
});
