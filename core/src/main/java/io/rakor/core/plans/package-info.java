/**
 * Plans and legal instruments: the planning documents a priority or commitment serves (<i>RPJMD,
 * RKPD, Renstra, Renja, RPJMDes, RKPDes</i>), cited with their goal, target and key indicator
 * ({@link io.rakor.core.plans.PlanReference}), and the regulations and decrees that give work its
 * legal basis or are its output (<i>Perda, Perbup, Perdes, SK Bupati</i>, the decree forming the
 * TPPS), stored as aggregates of their own ({@link io.rakor.core.plans.LegalInstrument}).
 */
@RakorStyle
package io.rakor.core.plans;

import io.rakor.core.values.RakorStyle;
