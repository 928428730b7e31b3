/**
 * The time-zone picker's choices: every zone of @vvo/tzdb (grouped zones with their major
 * cities, such as "Chicago, Houston, San Antonio, Dallas"), plus UTC. Static data, so the
 * list never depends on today's date; the browser's datalist matches what is typed against
 * both the IANA name and the cities.
 */

import { rawTimeZones } from '@vvo/tzdb';

export interface ZoneChoice {
  /** The IANA name written into the course. */
  name: string;
  /** "Chicago, Houston, San Antonio, Dallas · Central Time · United States" */
  label: string;
}

let choices: ZoneChoice[] | undefined;

export function zoneChoices(): ZoneChoice[] {
  choices ??= [
    ...rawTimeZones.map((zone) => ({
      name: zone.name,
      label: [zone.mainCities.join(', '), zone.alternativeName, zone.countryName]
        .filter(Boolean)
        .join(' · '),
    })),
    { name: 'UTC', label: 'Coordinated Universal Time' },
  ].sort((a, b) => a.name.localeCompare(b.name));
  return choices;
}

/** The cities and name of a zone for a sentence ("Chicago, Houston, ... (Central Time)"). */
export function describeZone(name: string): string {
  const zone = rawTimeZones.find((candidate) => candidate.group.includes(name));
  if (!zone) return name;
  return `${name} (${zone.mainCities.slice(0, 3).join(', ')}: ${zone.alternativeName})`;
}
