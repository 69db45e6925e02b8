/**
 * The toolkit picker: product × industry × buyer in one form, landing on the toolkit page made for
 * that product and industry (with the buyer in the query), so a rep reaches what to send in one
 * press, with or without JavaScript.
 */
import type { Hub } from '../hub';
import type { PersonaLevel } from '../personaLevels';
import type { ToolkitVariant, VariantRules } from '../toolkitVariant';
import { toolkitVariantsFor } from '../toolkitVariant';
import { byLevel } from './items';
import { toolkitProducts } from './catalog';
import { callVariant, toolkitPath } from './toolkitPaths';

export interface PickerProduct {
  id: string;
  title: string;
  /** The toolkit the picker opens: quick-sale where the product has it. */
  variant: ToolkitVariant;
  /** One choice per industry the product is sold to, each with the page it lands on. */
  industries: { id: string; title: string; href: string }[];
}

export interface Picker {
  products: PickerProduct[];
  /** Every buyer some product is sold to, executive first; a toolkit ignores a buyer it does not target. */
  personas: { id: string; title: string; level: PersonaLevel }[];
}

export function toolkitPicker(hub: Hub, rules: VariantRules): Picker {
  const sold = toolkitProducts(hub);
  const products = sold
    .map((product): PickerProduct => {
      const variant = callVariant(toolkitVariantsFor(product.data, rules).variants);
      return {
        id: product.id,
        title: product.data.title,
        variant,
        industries: hub.resolve(product.data.industries).map((industry) => ({
          id: industry.id,
          title: industry.data.title,
          href: toolkitPath(product, variant, { industry: industry.id }),
        })),
      };
    })
    .filter((product) => product.industries.length > 0);
  const personas = [...new Map(sold.flatMap((p) => hub.resolve(p.data.personas)).map((p) => [p.id, p])).values()]
    .sort(byLevel)
    .map((p) => ({ id: p.id, title: p.data.title, level: p.data.level }));
  return { products, personas };
}
