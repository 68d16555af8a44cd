// English messages (ICU MessageFormat, read by next-intl). `../pl/permissions.ts` must have the same keys.
export const permissionsEn = {
  roles: {
    owner: "Owner",
    admin: "Administrator",
    supervisor: "Supervisor",
    agent: "Agent",
    designer: "Flow designer",
    viewer: "Viewer",
  },
  permissions: {
    forbidden: "Your role ({role}) does not allow you to {action}.",
    signInFirst: "Sign in first.",
    membershipEnded: "You are no longer a member of this organisation. Sign in again.",
    action: {
      workspace: { view: "see the organisation's numbers, people and settings" },
      account: { manage: "change your password" },
      flows: { view: "see flows", edit: "change flows", publish: "publish flows or route numbers to them" },
      numbers: { manage: "manage phone numbers" },
      people: { manage: "manage people" },
      prompts: { manage: "manage recorded prompts" },
      recordings: { listen: "listen to voicemail and recordings" },
      queues: { manage: "manage queues" },
      extensions: { manage: "manage extensions" },
      settings: { manage: "change the organisation's settings" },
      calls: { view: "see the call log", supervise: "join agents' calls to listen, whisper or barge in" },
      desk: { use: "use the agent desk" },
      wallboard: { view: "see the wallboard" },
    },
    noAccess: {
      title: "You don't have access to this page",
      body: "Your role ({role}) does not give access to this page. If you need it, ask an owner or an administrator of your organisation.",
      ended: "You are no longer a member of this organisation, or your role has changed. Sign out and sign in again.",
      back: "Go to the start page",
    },
  },
};
