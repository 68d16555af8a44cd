// English messages (ICU MessageFormat, read by next-intl). `../pl/phoneSystem.ts` must have the same keys.
// Words shared by the extensions, queues, prompts and voicemail screens.
export const phoneSystemEn = {
  phoneSystem: {
    save: "Save",
    saving: "Saving…",
    cancel: "Cancel",
    close: "Close",
    edit: "Edit",
    delete: "Delete",
    actions: "Actions",
    copy: "Copy",
    copied: "Copied",
    networkError: "The server could not be reached. Check your connection and try again.",
    saved: "Saved.",
    inUseTitle: "Still in use",
    inUseFlows: "Published flows using it:",
    inUseQueues: "Queues using it:",
    inUseHint: "Change or unpublish those first, then delete it.",
    none: "None",
    seconds: "{count, plural, one {# second} other {# seconds}}",
  },
};
