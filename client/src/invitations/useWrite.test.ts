import { describe, expect, it } from "vitest";
import { useWrite } from "./useWrite";

describe("useWrite", () => {
  it("is busy with what runs, then announces what it did", async () => {
    const write = useWrite<string>();
    let finish: (text: string) => void = () => {};
    const running = write.run("delivery-1", () => new Promise<string>((resolve) => (finish = resolve)));
    expect(write.busy.value).toBe("delivery-1");
    finish("Sent again");
    await running;
    expect(write.busy.value).toBeNull();
    expect(write.done.value).toBe("Sent again");
    expect(write.error.value).toBeNull();
  });

  it("keeps a refusal and clears the earlier announcement", async () => {
    const write = useWrite<true>();
    await write.run(true, async () => "Sent");
    const refusal = new Error("offline");
    await write.run(true, () => Promise.reject(refusal));
    expect(write.done.value).toBe("");
    expect(write.error.value).toBe(refusal);
    expect(write.busy.value).toBeNull();
    await write.run(true, async () => "Sent");
    expect(write.error.value).toBeNull();
  });
});
