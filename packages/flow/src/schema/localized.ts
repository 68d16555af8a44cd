/** Text shown to people, in every language the product ships (English and Polish). */
export type Localized = { en: string; pl: string };
