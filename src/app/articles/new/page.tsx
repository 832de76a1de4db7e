import type { Metadata } from "next";
import Link from "next/link";
import { PasteForm } from "@/components/imports/paste-form";
import { UploadForm } from "@/components/imports/upload-form";
import { UrlForm } from "@/components/imports/url-form";

export const metadata: Metadata = { title: "Import articles" };
export const dynamic = "force-dynamic";

export default function NewArticlesPage() {
  return (
    <>
      <p className="small">
        <Link href="/articles">← All articles</Link>
      </p>
      <h1>Import articles</h1>
      <p className="lede">
        Articles are queued and extracted in the background; each one shows its status below and appears in the timeline, claims and entities as soon as it is done.
        For thousands of files use <code>npm run import -- PATH</code>.
      </p>
      <div className="grid">
        <PasteForm />
        <UploadForm />
        <UrlForm />
        <p className="small muted">
          To follow a site, add its RSS or Atom feed on the <Link href="/feeds">Feeds</Link> page.
        </p>
      </div>
    </>
  );
}
