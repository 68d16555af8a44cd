import type { MessagesLike } from "../MessagesLike";
import type { permissionsEn } from "../en/permissions";

// Polish messages; `satisfies` makes a missing or extra key a type error.
export const permissionsPl = {
  roles: {
    owner: "Właściciel",
    admin: "Administrator",
    supervisor: "Kierownik zespołu",
    agent: "Konsultant",
    designer: "Projektant scenariuszy",
    viewer: "Obserwator",
  },
  permissions: {
    forbidden: "Twoja rola ({role}) nie pozwala {action}.",
    signInFirst: "Najpierw się zaloguj.",
    membershipEnded: "Nie należysz już do tej organizacji. Zaloguj się ponownie.",
    action: {
      workspace: { view: "przeglądać numerów, osób ani ustawień organizacji" },
      account: { manage: "zmieniać hasła" },
      flows: { view: "przeglądać scenariuszy", edit: "zmieniać scenariuszy", publish: "publikować scenariuszy ani kierować do nich numerów" },
      numbers: { manage: "zarządzać numerami telefonów" },
      people: { manage: "zarządzać osobami" },
      prompts: { manage: "zarządzać nagranymi komunikatami" },
      recordings: { listen: "odsłuchiwać poczty głosowej ani nagrań" },
      queues: { manage: "zarządzać kolejkami" },
      extensions: { manage: "zarządzać numerami wewnętrznymi" },
      settings: { manage: "zmieniać ustawień organizacji" },
      calls: { view: "przeglądać historii połączeń", supervise: "dołączać do rozmów konsultantów (podsłuch, podpowiedź, włączenie się)" },
      desk: { use: "korzystać z pulpitu konsultanta" },
      wallboard: { view: "oglądać tablicy na żywo" },
    },
    noAccess: {
      title: "Nie masz dostępu do tej strony",
      body: "Twoja rola ({role}) nie daje dostępu do tej strony. Jeśli go potrzebujesz, poproś właściciela lub administratora organizacji.",
      ended: "Nie należysz już do tej organizacji albo zmieniono Twoją rolę. Wyloguj się i zaloguj ponownie.",
      back: "Przejdź do strony startowej",
    },
  },
} satisfies MessagesLike<typeof permissionsEn>;
