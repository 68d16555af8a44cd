// E-mail: the words of every message Centrala sends (Polish and English) and the SMTP transport.
export { renderEmail, pickEmailLocale, type EmailContent, type EmailLocale, type RenderedEmail } from "./renderEmail";
export { createMailTransport, type MailTransport, type MailEnvelope } from "./createMailTransport";
