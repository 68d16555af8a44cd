"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Search } from "lucide-react";
import { toast } from "sonner";
import { Button } from "../ui/button/Button";
import { Card } from "../ui/card/Card";
import { CardContent } from "../ui/card/CardContent";
import { CardHeader } from "../ui/card/CardHeader";
import { CardTitle } from "../ui/card/CardTitle";
import { FormMessage } from "../ui/form/FormMessage";
import { Input } from "../ui/input/Input";
import { Label } from "../ui/label/Label";
import { requestWorkspaceApi } from "../workspace/requestWorkspaceApi";

type PoolNumber = { e164: string; formatted: string };
type PoolAnswer = { prefix: string; numbers: PoolNumber[] };

/** Search the operator's pool by city code and claim one of the free numbers. */
export function PoolSearch() {
  const t = useTranslations("numbers");
  const router = useRouter();
  const [prefix, setPrefix] = useState("");
  const [result, setResult] = useState<PoolAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"search" | string | null>(null);

  const search = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy("search");
    setError(null);
    const answer = await requestWorkspaceApi<PoolAnswer>(`/api/numbers/pool?prefix=${encodeURIComponent(prefix)}`, { offlineMessage: t("offline") });
    setBusy(null);
    if (answer.ok) setResult(answer.data);
    else {
      setResult(null);
      setError(answer.message);
    }
  };

  const claim = async (number: PoolNumber) => {
    setBusy(number.e164);
    setError(null);
    const answer = await requestWorkspaceApi<unknown>("/api/numbers", { method: "POST", body: { e164: number.e164 }, offlineMessage: t("offline") });
    setBusy(null);
    if (answer.ok) {
      toast.success(t("claimed", { number: number.formatted }));
      setResult((current) => current && { ...current, numbers: current.numbers.filter((row) => row.e164 !== number.e164) });
      router.refresh();
      return;
    }
    setError(answer.message);
    // Someone else was quicker: the list no longer offers what cannot be had.
    if (answer.code === "NUMBER_TAKEN" || answer.code === "NOT_FOUND") {
      setResult((current) => current && { ...current, numbers: current.numbers.filter((row) => row.e164 !== number.e164) });
    }
  };

  return (
    <Card data-testid="pool-search">
      <CardHeader><CardTitle>{t("searchTitle")}</CardTitle></CardHeader>
      <CardContent className="space-y-4">
        <form role="search" onSubmit={search} className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1 space-y-1.5">
            <Label htmlFor="pool-prefix">{t("searchLabel")}</Label>
            <Input id="pool-prefix" inputMode="tel" value={prefix} onChange={(event) => setPrefix(event.target.value)} aria-describedby="pool-prefix-hint" data-testid="pool-prefix" />
          </div>
          <Button type="submit" variant="secondary" disabled={busy !== null} data-testid="pool-search-submit">
            <Search aria-hidden="true" />{busy === "search" ? t("searching") : t("searchButton")}
          </Button>
        </form>
        <p id="pool-prefix-hint" className="text-xs text-slate-600">{t("searchHint")}</p>
        {error && <FormMessage tone="error" testId="numbers-error">{error}</FormMessage>}
        {result && (
          <div aria-live="polite">
            <p className="text-sm text-slate-700" data-testid="pool-count">{t("poolResults", { count: result.numbers.length, prefix: result.prefix })}</p>
            {result.numbers.length > 0 && (
              <ul className="mt-3 grid gap-2 sm:grid-cols-2" data-testid="pool-results">
                {result.numbers.map((number) => (
                  <li key={number.e164} className="flex items-center justify-between gap-3 rounded-md border border-border px-3 py-2">
                    <span className="font-mono text-sm tabular-nums text-slate-900">{number.formatted}</span>
                    <Button size="sm" onClick={() => claim(number)} disabled={busy !== null} aria-label={t("claimNumber", { number: number.formatted })} data-testid={`claim-${number.e164}`}>
                      {busy === number.e164 ? t("claiming") : t("claim")}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </CardContent>
    </Card>
  );
}
