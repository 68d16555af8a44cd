import { handleAudioRoute } from "@/features/media/handleAudioRoute";

export const GET = handleAudioRoute;
export const HEAD = handleAudioRoute;
