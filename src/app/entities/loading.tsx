import { ListSkeleton } from "@/components/entities/list-skeleton";

export default function Loading() {
  return <ListSkeleton label="Loading entities…" />;
}
