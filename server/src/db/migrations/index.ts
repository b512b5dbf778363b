import { Initial1795365637293 } from "./1795365637293-Initial.js";
import { AccessControl1795438635791 } from "./1795438635791-AccessControl.js";
import { CollabDocuments1795439703631 } from "./1795439703631-CollabDocuments.js";
import { MailQueue1795450309130 } from "./1795450309130-MailQueue.js";
import { FollowupClocks1795450479961 } from "./1795450479961-FollowupClocks.js";
import { MinutesSignOff1795450512385 } from "./1795450512385-MinutesSignOff.js";
import { Invitations1795451054506 } from "./1795451054506-Invitations.js";
import { RedactDeliveredMail1795460431831 } from "./1795460431831-RedactDeliveredMail.js";
import { DocumentCreation1796560000000 } from "./1796560000000-DocumentCreation.js";

// Every committed migration, oldest first. `pnpm --filter @roundtable/server migration:generate <Name>`
// writes the next one from the difference between the entities and these.
export const migrations = [Initial1795365637293, AccessControl1795438635791, CollabDocuments1795439703631, MailQueue1795450309130, FollowupClocks1795450479961, MinutesSignOff1795450512385, Invitations1795451054506, RedactDeliveredMail1795460431831, DocumentCreation1796560000000];
