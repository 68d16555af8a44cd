/** The jambonz synthesizer block; `vendor: 'default'` makes jambonz use the application's vendor. */
export type Synthesizer = { vendor: string; language: string; voice?: string };

export type SayVerb = { verb: "say"; text: string; synthesizer?: Synthesizer; loop?: number };
export type PlayVerb = { verb: "play"; url: string; loop?: number; timeoutSecs?: number; seekOffset?: number };

/** A prompt nested inside a gather: the same fields without `verb`. */
export type NestedSay = Omit<SayVerb, "verb">;
export type NestedPlay = Omit<PlayVerb, "verb">;

export type GatherVerb = {
  verb: "gather";
  input: ["digits"];
  actionHook: string;
  timeout: number;
  numDigits?: number;
  minDigits?: number;
  maxDigits?: number;
  /** Seconds of pause after a digit that end the input once minDigits are in. */
  interDigitTimeout?: number;
  finishOnKey?: string;
  say?: NestedSay;
  play?: NestedPlay;
};

export type DialTarget = { type: "user"; name: string } | { type: "phone"; number: string };

export type DialVerb = {
  verb: "dial";
  target: DialTarget[];
  timeout: number;
  answerOnBridge: boolean;
  actionHook?: string;
};

export type EnqueueVerb = { verb: "enqueue"; name: string; waitHook: string; actionHook: string };
export type LeaveVerb = { verb: "leave" };
export type PauseVerb = { verb: "pause"; length: number };
export type HangupVerb = { verb: "hangup" };

export type ConferenceVerb = {
  verb: "conference";
  name: string;
  startConferenceOnEnter: boolean;
  endConferenceOnExit: boolean;
  actionHook: string;
  waitHook?: string;
};

export type ListenVerb = {
  verb: "listen";
  url: string;
  maxLength: number;
  finishOnKey: string;
  playBeep: boolean;
  mixType: "mono" | "stereo";
  metadata: Record<string, string>;
  actionHook: string;
};

/** Background call-audio stream; the engine's only way to record a whole call (no record verb). */
export type ListenOptions = {
  enable: boolean;
  url?: string;
  mixType?: "mono" | "stereo";
  metadata?: Record<string, string>;
};

/** A background digit collector (jambonz `config.bargeIn`), used for the queue's leave key. */
export type BargeInOptions = {
  enable: boolean;
  sticky?: boolean;
  input?: ["digits"];
  numDigits?: number;
  actionHook?: string;
};

export type ConfigVerb = { verb: "config"; listen?: ListenOptions; bargeIn?: BargeInOptions };

/** Every verb the engine produces, in jambonz's `{ verb: 'say', ... }` form. */
export type Verb =
  | SayVerb
  | PlayVerb
  | GatherVerb
  | DialVerb
  | EnqueueVerb
  | LeaveVerb
  | PauseVerb
  | HangupVerb
  | ConferenceVerb
  | ListenVerb
  | ConfigVerb;

/** Verbs jambonz accepts in an enqueue/conference waitHook answer. */
export type WaitVerb = SayVerb | PlayVerb | PauseVerb | LeaveVerb;
