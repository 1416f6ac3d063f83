import type { ProcedureDefinition } from './catalogue-types.ts';

/**
 * DME (seed 004) is requested as DME; the questionnaire then collects the HCPCS codes and
 * units. The HCPCS codes below are representative of the seed's categories and are offered
 * in that questionnaire. Their descriptions are the CMS long descriptions (public domain),
 * HCPCS Level II October 2025 (src/content/codesets/SOURCES.md).
 */
const hcpcs: readonly [category: string, code: string, description: string][] = [
  ['oxygen', 'E1390', 'Oxygen concentrator, single delivery port, capable of delivering 85 percent or greater oxygen concentration at the prescribed flow rate'],
  ['oxygen', 'E1392', 'Portable oxygen concentrator, rental'],
  ['oxygen', 'E0424', 'Stationary compressed gaseous oxygen system, rental; includes container, contents, regulator, flowmeter, humidifier, nebulizer, cannula or mask, and tubing'],
  ['oxygen', 'E0431', 'Portable gaseous oxygen system, rental; includes portable container, regulator, flowmeter, humidifier, cannula or mask, and tubing'],
  ['oxygen', 'E0439', 'Stationary liquid oxygen system, rental; includes container, contents, regulator, flowmeter, humidifier, nebulizer, cannula or mask, & tubing'],
  ['diabetic shoes', 'A5500', 'For diabetics only, fitting (including follow-up), custom preparation and supply of off-the-shelf depth-inlay shoe manufactured to accommodate multi-density insert(s), per shoe'],
  ['diabetic shoes', 'A5512', "For diabetics only, multiple density insert, direct formed, molded to foot after external heat source of 230 degrees fahrenheit or higher, total contact with patient's foot, including arch, base layer minimum of 1/4 inch material of shore a 35 durometer or 3/16 inch material of shore a 40 durometer (or higher), prefabricated, each"],
  ['decubitus care', 'E0277', 'Powered pressure-reducing air mattress'],
  ['decubitus care', 'E0371', 'Nonpowered advanced pressure reducing overlay for mattress, standard mattress length and width'],
  ['hospital beds', 'E0250', 'Hospital bed, fixed height, with any type side rails, with mattress'],
  ['hospital beds', 'E0260', 'Hospital bed, semi-electric (head and foot adjustment), with any type side rails, with mattress'],
  ['hospital beds', 'E0261', 'Hospital bed, semi-electric (head and foot adjustment), with any type side rails, without mattress'],
  ['hospital beds', 'E0301', 'Hospital bed, heavy duty, extra wide, with weight capacity greater than 350 pounds, but less than or equal to 600 pounds, with any type side rails, without mattress'],
  ['ventilators', 'E0465', 'Home ventilator, any type, used with invasive interface, (e.g., tracheostomy tube)'],
  ['ventilators', 'E0466', 'Home ventilator, any type, used with non-invasive interface, (e.g., mask, chest shell)'],
  ['pacemaker monitor', 'E0610', 'Pacemaker monitor, self-contained, (checks battery depletion, includes audible and visible check systems)'],
  ['pacemaker monitor', 'E0615', 'Pacemaker monitor, self contained, checks battery depletion and other pacemaker components, includes digital/visible check systems'],
  ['patient lifts', 'E0630', 'Patient lift, hydraulic or mechanical, includes any seat, sling, strap(s) or pad(s)'],
  ['patient lifts', 'E0635', 'Patient lift, electric with seat or sling'],
  ['wheelchairs', 'K0001', 'Standard wheelchair'],
  ['wheelchairs', 'K0003', 'Lightweight wheelchair'],
  ['wheelchairs', 'K0005', 'Ultralightweight wheelchair'],
  ['wheelchairs', 'K0823', 'Power wheelchair, group 2 standard, captains chair, patient weight capacity up to and including 300 pounds'],
  ['wheelchairs', 'K0856', 'Power wheelchair, group 3 standard, single power option, sling/solid seat/back, patient weight capacity up to and including 300 pounds'],
  ['prosthetics', 'L5301', 'Below knee, molded socket, shin, sach foot, endoskeletal system'],
  ['prosthetics', 'L5631', 'Addition to lower extremity, above knee or knee disarticulation, acrylic socket'],
  ['orthotics', 'L3000', "Foot, insert, removable, molded to patient model, 'ucb' type, berkeley shell, each"],
  ['orthotics', 'L1832', 'Knee orthosis, adjustable knee joints (unicentric or polycentric), positional orthosis, rigid support, prefabricated item that has been trimmed, bent, molded, assembled, or otherwise customized to fit a specific patient by an individual with expertise'],
  ['orthotics', 'L1906', 'Ankle foot orthosis, multiligamentous ankle support, prefabricated, off-the-shelf'],
  ['orthotics', 'L0650', 'Lumbar-sacral orthosis, sagittal-coronal control, with rigid anterior and posterior frame/panel(s), posterior extends from sacrococcygeal junction to t-9 vertebra, lateral strength provided by rigid lateral frame/panel(s), produces intracavitary pressure to reduce load on intervertebral discs, includes straps, closures, may include padding, shoulder straps, pendulous abdomen design, prefabricated, off-the-shelf'],
];

export const dmeProcedures: readonly ProcedureDefinition[] = [
  {
    programCode: 'DME',
    code: 'DME',
    codeSystem: 'PROGRAM',
    description: 'Durable medical equipment for use at home; the equipment codes and units are given in the questionnaire',
  },
  ...hcpcs.map(([, code, description]) => ({ programCode: 'DME', code, codeSystem: 'HCPCS' as const, description })),
];

/** The seed's categories, for the questionnaire to group the codes it offers. */
export const dmeCategoryByCode: ReadonlyMap<string, string> = new Map(hcpcs.map(([category, code]) => [code, category]));
