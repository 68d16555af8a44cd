// Installs the job queues (pg-boss schema and queues) in DATABASE_URL's database, as the worker
// does when it starts. `npm test` runs it after the migrations, so the web app can queue e-mails
// in the end-to-end journeys without a worker running.
import { installJobQueues } from "../src/installJobQueues";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: say which database gets the job queues.");
  process.exit(1);
}
await installJobQueues(url);
console.log("Job queues installed.");
