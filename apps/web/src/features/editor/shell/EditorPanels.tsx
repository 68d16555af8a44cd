"use client";

import { useRef, useState, type ReactNode } from "react";
import { Group, Panel, Separator, type PanelImperativeHandle } from "react-resizable-panels";
import { useEditorT } from "../i18n/useEditorT";

type Props = {
  /** The steps palette (left); absent when the view is read-only. */
  palette: ReactNode | null;
  canvas: ReactNode;
  /** Settings, history or the test call (right): one at a time. */
  side: ReactNode;
  sideLabel: string;
};

const separatorClass = "w-1.5 shrink-0 bg-slate-200 transition-colors hover:bg-teal-600 focus-visible:bg-teal-700 focus-visible:outline-none data-[separator=active]:bg-teal-700";

/** Palette, canvas and side panel side by side; both side columns can be resized and folded away. */
export function EditorPanels({ palette, canvas, side, sideLabel }: Props) {
  const t = useEditorT();
  const paletteRef = useRef<PanelImperativeHandle | null>(null);
  const sideRef = useRef<PanelImperativeHandle | null>(null);
  const [paletteFolded, setPaletteFolded] = useState(false);
  const [sideFolded, setSideFolded] = useState(false);
  const toggle = (panel: PanelImperativeHandle | null) => {
    if (!panel) return;
    if (panel.isCollapsed()) panel.expand();
    else panel.collapse();
  };
  const foldButton = "absolute top-2 z-10 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-teal-700";
  return (
    <Group orientation="horizontal" className="min-h-0 flex-1" data-testid="editor-panels">
      {palette && (
        <>
          <Panel id="palette" panelRef={paletteRef} defaultSize={256} minSize={200} maxSize={420} collapsible collapsedSize={0}
            onResize={(size) => setPaletteFolded(size.inPixels < 1)} className="bg-slate-50" data-testid="palette-panel">
            <aside aria-label={t("layout.paletteLabel")} id="editor-palette" className="h-full border-r border-slate-200">{palette}</aside>
          </Panel>
          <Separator className={separatorClass} aria-label={t("layout.resizePalette")} data-testid="palette-separator" />
        </>
      )}
      <Panel id="canvas" minSize={320} className="relative flex min-w-0 flex-col">
        {palette && (
          <button type="button" className={`${foldButton} left-2`} aria-expanded={!paletteFolded} aria-controls="editor-palette" onClick={() => toggle(paletteRef.current)} data-testid="toggle-palette">
            {paletteFolded ? t("layout.showPalette") : t("layout.hidePalette")}
          </button>
        )}
        <button type="button" className={`${foldButton} right-2`} aria-expanded={!sideFolded} aria-controls="editor-side" onClick={() => toggle(sideRef.current)} data-testid="toggle-side">
          {sideFolded ? t("layout.showSide") : t("layout.hideSide")}
        </button>
        {canvas}
      </Panel>
      <Separator className={separatorClass} aria-label={t("layout.resizeSide")} data-testid="side-separator" />
      <Panel id="side" panelRef={sideRef} defaultSize={340} minSize={280} maxSize={640} collapsible collapsedSize={0}
        onResize={(size) => setSideFolded(size.inPixels < 1)} data-testid="side-panel">
        <aside aria-label={sideLabel} id="editor-side" className="h-full overflow-hidden border-l border-slate-200 bg-white">{side}</aside>
      </Panel>
    </Group>
  );
}
