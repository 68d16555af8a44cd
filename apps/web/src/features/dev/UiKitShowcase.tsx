"use client";

// A developer page, not seen by customers (UI_KIT_PAGE=1 only): its sample texts are English on purpose.
import { useState } from "react";
import { Inbox, MoreHorizontal, Pencil, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { ConfirmDestroyDialog } from "../ui/alert-dialog/ConfirmDestroyDialog";
import { Badge } from "../ui/badge/Badge";
import { Button } from "../ui/button/Button";
import { Card } from "../ui/card/Card";
import { CardContent } from "../ui/card/CardContent";
import { CardDescription } from "../ui/card/CardDescription";
import { CardHeader } from "../ui/card/CardHeader";
import { CardTitle } from "../ui/card/CardTitle";
import { Checkbox } from "../ui/checkbox/Checkbox";
import { Combobox } from "../ui/combobox/Combobox";
import { DataTable } from "../ui/data-table/DataTable";
import { Dialog } from "../ui/dialog/Dialog";
import { DialogContent } from "../ui/dialog/DialogContent";
import { DialogDescription } from "../ui/dialog/DialogDescription";
import { DialogFooter } from "../ui/dialog/DialogFooter";
import { DialogHeader } from "../ui/dialog/DialogHeader";
import { DialogTitle } from "../ui/dialog/DialogTitle";
import { DialogTrigger } from "../ui/dialog/DialogTrigger";
import { DropdownMenu } from "../ui/dropdown-menu/DropdownMenu";
import { DropdownMenuContent } from "../ui/dropdown-menu/DropdownMenuContent";
import { DropdownMenuItem } from "../ui/dropdown-menu/DropdownMenuItem";
import { DropdownMenuLabel } from "../ui/dropdown-menu/DropdownMenuLabel";
import { DropdownMenuSeparator } from "../ui/dropdown-menu/DropdownMenuSeparator";
import { DropdownMenuTrigger } from "../ui/dropdown-menu/DropdownMenuTrigger";
import { EmptyState } from "../ui/empty-state/EmptyState";
import { TextField } from "../ui/form/TextField";
import { Input } from "../ui/input/Input";
import { Label } from "../ui/label/Label";
import { PageHeader } from "../ui/page-header/PageHeader";
import { Popover } from "../ui/popover/Popover";
import { PopoverContent } from "../ui/popover/PopoverContent";
import { PopoverTrigger } from "../ui/popover/PopoverTrigger";
import { Select } from "../ui/select/Select";
import { SelectContent } from "../ui/select/SelectContent";
import { SelectItem } from "../ui/select/SelectItem";
import { SelectTrigger } from "../ui/select/SelectTrigger";
import { SelectValue } from "../ui/select/SelectValue";
import { Skeleton } from "../ui/skeleton/Skeleton";
import { Switch } from "../ui/switch/Switch";
import { Tabs } from "../ui/tabs/Tabs";
import { TabsContent } from "../ui/tabs/TabsContent";
import { TabsList } from "../ui/tabs/TabsList";
import { TabsTrigger } from "../ui/tabs/TabsTrigger";
import { Textarea } from "../ui/textarea/Textarea";
import { Tooltip } from "../ui/tooltip/Tooltip";
import { TooltipContent } from "../ui/tooltip/TooltipContent";
import { TooltipTrigger } from "../ui/tooltip/TooltipTrigger";
import { showcaseColumns } from "./showcaseColumns";
import { showcaseRows } from "./showcaseRows";

const zones = ["Europe/Warsaw", "Europe/London", "America/New_York", "Asia/Tokyo"].map((zone) => ({ value: zone, label: zone.replace("_", " ") }));

/** Every UI kit component, once, with working behaviour. */
export function UiKitShowcase() {
  const [zone, setZone] = useState<string | null>("Europe/Warsaw");
  return (
    <div className="space-y-8" data-testid="ui-kit">
      <PageHeader title="UI kit" description="Every component of features/ui." actions={<Button onClick={() => toast.success("Saved.")} data-testid="kit-toast">Show a toast</Button>} />
      <Card>
        <CardHeader><CardTitle>Buttons and badges</CardTitle><CardDescription>Looks for every action.</CardDescription></CardHeader>
        <CardContent className="flex flex-wrap items-center gap-3">
          <Button>Primary</Button>
          <Button variant="secondary">Secondary</Button>
          <Button variant="ghost">Ghost</Button>
          <Button variant="destructive">Destructive</Button>
          <Button variant="destructiveOutline">Delete…</Button>
          <Button variant="link">Link</Button>
          <Button size="icon" variant="secondary" aria-label="Edit"><Pencil aria-hidden="true" /></Button>
          <Badge>Neutral</Badge><Badge tone="success" dot>Published</Badge><Badge tone="warning" dot>Draft</Badge><Badge tone="danger">Failed</Badge><Badge tone="info">New</Badge>
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Fields</CardTitle></CardHeader>
        <CardContent className="grid gap-5 md:grid-cols-2">
          <TextField name="kit-name" label="Queue name" hint="What callers and colleagues see." />
          <TextField name="kit-bad" label="Extension number" errors={["Use 2 to 6 digits."]} defaultValue="1a" />
          <div className="space-y-1.5"><Label htmlFor="kit-input">Plain input</Label><Input id="kit-input" placeholder="e.g. Sales" /></div>
          <div className="space-y-1.5"><Label htmlFor="kit-textarea">Announcement</Label><Textarea id="kit-textarea" defaultValue="Thank you for waiting." /></div>
          <div className="space-y-1.5">
            <Label htmlFor="kit-select">Strategy</Label>
            <Select defaultValue="ring-all">
              <SelectTrigger id="kit-select" data-testid="kit-select"><SelectValue /></SelectTrigger>
              <SelectContent>
                <SelectItem value="ring-all">Ring all</SelectItem>
                <SelectItem value="in-order">In order</SelectItem>
                <SelectItem value="round-robin">Round robin</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <div className="space-y-1.5">
            <Label id="kit-zone-label" htmlFor="kit-zone">Time zone</Label>
            <Combobox id="kit-zone" aria-labelledby="kit-zone-label" options={zones} value={zone} onChange={setZone} placeholder="Choose a time zone…" searchLabel="Search time zones" emptyText="No time zone matches." testId="kit-combobox" />
          </div>
          <div className="flex items-center gap-2"><Checkbox id="kit-check" defaultChecked /><Label htmlFor="kit-check">Record calls</Label></div>
          <div className="flex items-center gap-2"><Switch id="kit-switch" /><Label htmlFor="kit-switch">Voicemail on</Label></div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Overlays</CardTitle></CardHeader>
        <CardContent className="flex flex-wrap items-center gap-3">
          <Dialog>
            <DialogTrigger asChild><Button variant="secondary" data-testid="kit-dialog-open">Open dialog</Button></DialogTrigger>
            <DialogContent closeLabel="Close" data-testid="kit-dialog">
              <DialogHeader><DialogTitle>Rename queue</DialogTitle><DialogDescription>Flows keep working: they know the queue by its id.</DialogDescription></DialogHeader>
              <TextField name="kit-dialog-name" label="New name" />
              <DialogFooter><Button>Save</Button></DialogFooter>
            </DialogContent>
          </Dialog>
          <ConfirmDestroyDialog
            trigger={<Button variant="destructiveOutline" data-testid="kit-confirm-open"><Trash2 aria-hidden="true" />Delete queue</Button>}
            title="Delete “Support”?" description="Callers waiting in it are sent to voicemail. This cannot be undone."
            confirmLabel="Yes, delete it" cancelLabel="Keep it" onConfirm={() => toast("Deleted.")} testId="kit-confirm"
          />
          <DropdownMenu>
            <DropdownMenuTrigger asChild><Button variant="ghost" size="icon" aria-label="More actions" data-testid="kit-menu-open"><MoreHorizontal aria-hidden="true" /></Button></DropdownMenuTrigger>
            <DropdownMenuContent>
              <DropdownMenuLabel>Queue</DropdownMenuLabel>
              <DropdownMenuItem><Pencil aria-hidden="true" />Rename</DropdownMenuItem>
              <DropdownMenuSeparator />
              <DropdownMenuItem destructive><Trash2 aria-hidden="true" />Delete</DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
          <Popover>
            <PopoverTrigger asChild><Button variant="secondary" data-testid="kit-popover-open">Popover</Button></PopoverTrigger>
            <PopoverContent><p className="text-sm">Ring each agent for 20 seconds.</p></PopoverContent>
          </Popover>
          <Tooltip>
            <TooltipTrigger asChild><Button variant="secondary" data-testid="kit-tooltip">Hover me</Button></TooltipTrigger>
            <TooltipContent>Longest idle rings the agent who waited longest.</TooltipContent>
          </Tooltip>
        </CardContent>
      </Card>
      <Tabs defaultValue="table">
        <TabsList aria-label="Examples"><TabsTrigger value="table">Table</TabsTrigger><TabsTrigger value="empty">Empty</TabsTrigger><TabsTrigger value="loading">Loading</TabsTrigger></TabsList>
        <TabsContent value="table">
          <DataTable columns={showcaseColumns} data={showcaseRows} getRowId={(row) => row.id} caption="Agents and their calls today" searchLabel="Search agents" noMatchText="No agent matches." testId="kit-table" />
        </TabsContent>
        <TabsContent value="empty">
          <EmptyState icon={Inbox} title="No voicemail yet" description="Messages callers leave appear here. Give an extension a voicemail box to start." action={<Button>Set up voicemail</Button>} />
        </TabsContent>
        <TabsContent value="loading"><div className="space-y-2"><Skeleton className="h-6 w-1/3" /><Skeleton className="h-24" /></div></TabsContent>
      </Tabs>
    </div>
  );
}
