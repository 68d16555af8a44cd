// English messages (ICU MessageFormat, read by next-intl). `../pl/common.ts` must have the same keys.
export const commonEn = {
  app: {
    name: "Centrala",
    tagline: "Your virtual phone system",
  },
  shell: {
    skipToContent: "Skip to content",
    mainNav: "Main navigation",
    signOut: "Sign out",
    signedInAs: "Signed in as {name}",
    organisation: "Organisation",
    notifications: "Notifications",
  },
  locale: {
    label: "Language",
    en: "English",
    pl: "Polski",
  },
  nav: {
    flows: "Flows",
  },
  errors: {
    required: "This field is required.",
    invalid: "This value is not valid.",
    tooLong: "Use at most {max} characters.",
    emailInvalid: "Enter an email address like name@company.com.",
    emailTaken: "An account with this email already exists. Sign in instead, or use another email.",
  },
  notFound: {
    title: "Page not found",
    body: "This page does not exist, or it belongs to another organisation.",
    back: "Go to your flows",
  },
};
