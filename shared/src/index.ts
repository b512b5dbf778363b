export * from "./enums.js";
export * from "./conference-status.js";
export * from "./invitee-rules.js";
export * from "./series.js";
export * from "./collab/index.js";
