import { optionsFrom } from './answer-options.ts';

/**
 * Spine surgery CPT numbers offered in the SPINE questionnaire, with Priora's own plain
 * wording (CPT descriptors are © AMA and are not copied). Add-on codes ("each additional
 * level") belong in the second-code entries.
 */
export const spineSurgeryCodes = optionsFrom([
  ['22551', 'Neck fusion from the front with removal of the disc, first level'],
  ['22600', 'Neck fusion from the back, first level'],
  ['22610', 'Mid-back fusion from the back, first level'],
  ['22612', 'Low back fusion from the back, alongside the vertebrae (posterolateral), first level'],
  ['22614', 'Each further level of a fusion from the back'],
  ['22630', 'Low back fusion through the disc space from the back (interbody), first level'],
  ['22632', 'Each further level of a low back interbody fusion from the back'],
  ['22633', 'Low back fusion combining the posterolateral and interbody methods, first level'],
  ['22634', 'Each further level of a combined low back fusion'],
  ['22558', 'Low back fusion through the disc space from the front, first level'],
  ['22585', 'Each further level of a spine fusion from the front'],
  ['22840', 'Fixation from the back without attachment at each segment, such as screws and rods across one disc space'],
  ['22842', 'Screws and rods fixed from the back at several levels, 3 to 6 vertebral segments'],
  ['22845', 'Plate or screws fixed from the front, 2 to 3 vertebral segments'],
  ['22853', 'Spacer device placed in a disc space during fusion'],
  ['63030', 'Opening part of the bony arch to free a nerve root or remove a herniated disc, low back, one level'],
  ['63047', 'Removing the bony arch to relieve pressure on the nerves, low back, one level'],
  ['63048', 'Each further level of removing the bony arch'],
  ['22857', 'Artificial disc replacement, low back, one level'],
]);

/** First-level codes of a lumbar fusion: the surgeries the lumbar fusion criteria cover. */
export const lumbarFusionPrimaryCodes = ['22558', '22612', '22630', '22633'] as const;

/** First-level codes of any spinal fusion: the ones the nicotine rule applies to. */
export const fusionPrimaryCodes = ['22551', '22600', '22610', ...lumbarFusionPrimaryCodes] as const;
