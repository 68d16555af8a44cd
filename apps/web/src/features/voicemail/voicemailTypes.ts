/** A voicemail message as the inbox shows it (signed play and download links included). */
export type VoicemailMessage = {
  id: string;
  mailbox: string | null;
  fromNumber: string | null;
  /** The caller's number formatted for reading ("+48 601 234 567"). */
  caller: string | null;
  durationMs: number;
  heardAt: string | null;
  createdAt: string;
  playUrl: string;
  downloadUrl: string;
};

export type Mailbox = { number: string; name: string };
