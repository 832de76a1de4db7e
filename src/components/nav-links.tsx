"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/timeline", label: "Timeline" },
  { href: "/claims", label: "Claims & sources" },
  { href: "/entities", label: "Entities" },
  { href: "/articles", label: "Articles" },
  { href: "/feeds", label: "Feeds" },
  { href: "/revisions", label: "Edit history" },
];

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="nav">
        {LINKS.map((l) => {
          const active = pathname === l.href || pathname.startsWith(`${l.href}/`);
          return (
            <li key={l.href}>
              <Link href={l.href} aria-current={active ? "page" : undefined}>
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
