// The key under which two spellings of a name count as the same entity across
// articles: case, accents, punctuation and a leading "the" do not matter
// ("The Reuters" / "Reuters", "Guzmán" / "Guzman", "JITF-CC" / "JITF CC").
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}
