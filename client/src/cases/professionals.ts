/** An institution involved in the case, with its professionals. */
export interface InstitutionGroup<P> {
  institution: { id: string; name: string; kind: string } | null;
  people: P[];
}

interface Professional {
  fullName: string;
  institution: { id: string; name: string; kind: string } | null;
}

/**
 * The case's professionals by institution, institutions by name and people by name within each;
 * those without an institution (a private practitioner) come last, under no institution.
 */
export function groupByInstitution<P extends Professional>(
  people: readonly P[],
  locale: string,
): InstitutionGroup<P>[] {
  const collator = new Intl.Collator(locale);
  const groups = new Map<string | null, InstitutionGroup<P>>();
  for (const person of people) {
    const key = person.institution?.id ?? null;
    const group = groups.get(key) ?? { institution: person.institution, people: [] };
    group.people.push(person);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.people.sort((a, b) => collator.compare(a.fullName, b.fullName));
  return [...groups.values()].sort((a, b) => {
    if (!a.institution) return 1;
    if (!b.institution) return -1;
    return collator.compare(a.institution.name, b.institution.name);
  });
}
