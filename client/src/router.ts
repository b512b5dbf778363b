import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from "vue-router";
import { useSession } from "./session/useSession";

declare module "vue-router" {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Shown without the app's header (the projector view). */
    bare?: boolean;
    /** A screen of one conference that its guests may open too. */
    guest?: boolean;
  }
}

// Each screen is its own chunk: the editor and Yjs load only with the meeting room.
const routes: RouteRecordRaw[] = [
  { path: "/", redirect: { name: "cases" } },
  { path: "/sign-in", name: "sign-in", component: () => import("./session/SignInPage.vue"), meta: { public: true } },
  {
    path: "/join/:token",
    name: "join",
    component: () => import("./session/GuestEntryPage.vue"),
    props: true,
    meta: { public: true },
  },
  { path: "/cases", name: "cases", component: () => import("./cases/CaseListPage.vue") },
  { path: "/cases/:id", name: "case", component: () => import("./cases/CasePage.vue"), props: true },
  {
    path: "/cases/:caseId/conferences/new",
    name: "conference-new",
    component: () => import("./conferences/ConferenceNewPage.vue"),
    props: true,
  },
  {
    path: "/conferences/:id",
    name: "conference",
    component: () => import("./conferences/ConferencePage.vue"),
    props: true,
    meta: { guest: true },
  },
  {
    path: "/conferences/:id/room",
    name: "room",
    component: () => import("./room/MeetingRoomPage.vue"),
    props: true,
    meta: { guest: true },
  },
  {
    path: "/conferences/:id/display",
    name: "display",
    component: () => import("./room/RoomDisplayPage.vue"),
    props: true,
    meta: { guest: true, bare: true },
  },
  { path: "/tasks", name: "my-tasks", component: () => import("./tasks/MyTasksPage.vue"), meta: { guest: true } },
  { path: "/deadlines", name: "deadlines", component: () => import("./followup/DeadlinesPage.vue") },
  {
    path: "/admin/outbox",
    name: "outbox",
    component: () => import("./invitations/OutboxPage.vue"),
  },
  { path: "/:rest(.*)*", name: "not-found", component: () => import("./ui/NotFoundPage.vue"), meta: { public: true } },
];

/** Where a visitor may go: staff anywhere, a guest only to their own conference's screens. */
export async function guard(to: RouteLocationNormalized) {
  if (to.meta.public) return true;
  const session = useSession();
  await session.ensureLoaded();
  const viewer = session.viewer.value;
  if (!viewer) return { name: "sign-in", query: { next: to.fullPath } };
  if (viewer.account) return true;
  const own = viewer.conferenceId;
  const allowed = to.meta.guest && (to.name === "my-tasks" || to.params["id"] === own);
  return allowed || (own ? { name: "room", params: { id: own } } : { name: "sign-in" });
}

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes });
  router.beforeEach(guard);
  return router;
}
