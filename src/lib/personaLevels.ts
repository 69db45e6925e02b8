import { personaLevels } from '../schemas/values';

/** The three discovery levels from the operating model: align goals, outline needs, learn how work runs. */
export const personaLevelLabels: Record<PersonaLevel, { label: string; order: number; discoveryFocus: string }> = {
  executive: { label: 'Executive', order: 1, discoveryFocus: 'Align on goals: what the business must achieve and why now.' },
  'business-line': {
    label: 'Business line',
    order: 2,
    discoveryFocus: 'Outline the needs: which outcomes the team owns and what blocks them.',
  },
  execution: { label: 'Execution', order: 3, discoveryFocus: 'Learn how the work runs today: tools, steps, workarounds.' },
};

export type PersonaLevel = (typeof personaLevels)[number];
