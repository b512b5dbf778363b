import Aura from "@primeuix/themes/aura";
import "primeicons/primeicons.css";
import PrimeVue from "primevue/config";
import ConfirmationService from "primevue/confirmationservice";
import ToastService from "primevue/toastservice";
import Tooltip from "primevue/tooltip";
import { createApp } from "vue";
import App from "./App.vue";
import { createAppI18n } from "./i18n";
import { createAppRouter } from "./router";
import "./ui/base.css";

const app = createApp(App);
app.use(createAppI18n());
app.use(createAppRouter());
// PrimeVue: accessible (WAI-ARIA) forms, dialogs, date pickers and toasts, themed by CSS variables.
app.use(PrimeVue, { theme: { preset: Aura, options: { darkModeSelector: false, cssLayer: false } } });
app.use(ToastService);
app.use(ConfirmationService);
app.directive("tooltip", Tooltip);
app.mount("#app");
