/** Outlet and publication day for articles that do not say (uploads, URLs): what the file or page gives wins. */
export function DefaultFields({ outletLabel, dayLabel }: { outletLabel: string; dayLabel: string }) {
  return (
    <div className="grid grid-2">
      <label className="grid small">
        {outletLabel}
        <input name="outlet" maxLength={200} />
      </label>
      <label className="grid small">
        {dayLabel}
        <input name="publishedAt" type="date" />
      </label>
    </div>
  );
}
