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

/**
 * Version 2 of the SPINE questionnaire (msk-spine-surgery.v2.ts) covers the neck, mid back and
 * low back. Its code list adds codes to the version 1 list above, which stays as published.
 */
export const cervicalFusionPrimaryCodes = ['22551', '22600'] as const;
export const thoracicFusionPrimaryCodes = ['22610'] as const;
export const cervicalDecompressionCodes = ['63020', '63045', '63075'] as const;
export const thoracicDecompressionCodes = ['63046', '63055'] as const;
export const lumbarDecompressionCodes = ['63030', '63042', '63047'] as const;
export const cervicalDiscReplacementCode = '22856';
export const lumbarDiscReplacementCode = '22857';

export const spineSurgeryCodesV2 = optionsFrom([
  // Neck
  ['22551', 'Neck fusion from the front with removal of the disc, first level'],
  ['22552', 'Each further level of a neck fusion from the front with removal of the disc'],
  ['22600', 'Neck fusion from the back, first level'],
  ['63020', 'Opening part of the bony arch to free a nerve root or remove a herniated disc, neck, one level'],
  ['63045', 'Removing the bony arch to relieve pressure on the spinal cord or nerves, neck, one level'],
  ['63075', 'Removing a disc from the front to free the spinal cord or nerve roots, neck, one level, without fusion'],
  ['63076', 'Each further level of removing a disc from the front of the neck'],
  ['22856', 'Artificial disc replacement from the front, neck, one level'],
  ['22858', 'Artificial disc replacement in the neck, second level'],
  // Mid back
  ['22610', 'Mid-back fusion from the back, first level'],
  ['63046', 'Removing the bony arch to relieve pressure on the spinal cord or nerves, mid back, one level'],
  ['63055', 'Removing a herniated disc through the side of the vertebra to free the spinal cord or nerves, mid back, one level'],
  // Low back
  ['22612', 'Low back fusion from the back, alongside the vertebrae (posterolateral), first level'],
  ['22630', 'Low back fusion through the disc space from the back (interbody), first level'],
  ['22633', 'Low back fusion combining the posterolateral and interbody methods, first level'],
  ['22558', 'Low back fusion through the disc space from the front, first level'],
  ['63030', 'Opening part of the bony arch to free a nerve root or remove a herniated disc, low back, one level'],
  ['63042', 'Operating again at a level opened before, to free a nerve root or remove a herniated disc, low back'],
  ['63047', 'Removing the bony arch to relieve pressure on the nerves, low back, one level'],
  ['22857', 'Artificial disc replacement, low back, one level'],
  // Further levels and devices, any region
  ['22614', 'Each further level of a fusion from the back'],
  ['22632', 'Each further level of a low back interbody fusion from the back'],
  ['22634', 'Each further level of a combined low back fusion'],
  ['22585', 'Each further level of a spine fusion from the front'],
  ['63035', 'Each further level of opening the bony arch to free a nerve root, neck or low back'],
  ['63048', 'Each further level of removing the bony arch'],
  ['22840', 'Fixation from the back without attachment at each segment, such as screws and rods across one disc space'],
  ['22842', 'Screws and rods fixed from the back at several levels, 3 to 6 vertebral segments'],
  ['22845', 'Plate or screws fixed from the front, 2 to 3 vertebral segments'],
  ['22853', 'Spacer device placed in a disc space during fusion'],
]);
