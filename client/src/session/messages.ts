import { defineMessages } from "../i18n/define";

export const sessionMessages = defineMessages(
  {
    signInTitle: "Sign in",
    signInIntro: "Staff of the child-protection service sign in here. Guests open the link from their invitation.",
    email: "E-mail address",
    password: "Password",
    signIn: "Sign in",
    signingIn: "Signing in…",
    joining: "Opening your conference…",
    joinFailedTitle: "The invitation link does not work",
    guestWelcome: "Welcome, {name}",
    guestLeave: "Leave",
  },
  {
    hu: {
      signInTitle: "Bejelentkezés",
      signInIntro:
        "A gyermekvédelmi szolgálat munkatársai itt jelentkeznek be. A meghívottak a meghívóban kapott linket nyissák meg.",
      email: "E-mail-cím",
      password: "Jelszó",
      signIn: "Bejelentkezés",
      signingIn: "Bejelentkezés…",
      joining: "A konferencia megnyitása…",
      joinFailedTitle: "A meghívó link nem működik",
      guestWelcome: "Üdvözöljük, {name}",
      guestLeave: "Kilépés",
    },
    cs: {
      signInTitle: "Přihlášení",
      signInIntro: "Pracovníci sociálně-právní ochrany dětí se přihlašují zde. Hosté otevřou odkaz ze své pozvánky.",
      email: "E-mailová adresa",
      password: "Heslo",
      signIn: "Přihlásit se",
      signingIn: "Přihlašování…",
      joining: "Otevírání vaší konference…",
      joinFailedTitle: "Odkaz s pozvánkou nefunguje",
      guestWelcome: "Vítejte, {name}",
      guestLeave: "Odejít",
    },
  },
);
