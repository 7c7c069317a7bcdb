// The composition root's wiring: each module's ports plugged with the modules that serve them,
// so lower modules never import higher ones (dossier changes feed the late-dossier watch and the
// index through projectors run in the same transaction).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type AccountabilityDeps,
  accountabilityProjector,
} from "./modules/accountability/index.ts";
import type { CalendarDeps } from "./modules/calendar/index.ts";
import type { CertificationDeps } from "./modules/certification/index.ts";
import {
  type CitizenDeps,
  noticesProjector,
  populationLookupValid,
  resultDeliveryProjector,
} from "./modules/citizen/index.ts";
import {
  createFileStore,
  createS3FileStore,
  type FileStore,
  type SignerFor,
} from "./modules/documents/index.ts";
import {
  calendarsFrom,
  catalogProcedures,
  type DossierDeps,
  documentForms,
  extendAppointment,
  portalOutboxProjector,
} from "./modules/dossiers/index.ts";
import type { FeedbackDeps } from "./modules/feedback/index.ts";
import type { WithCommands } from "./modules/identity/index.ts";
import {
  type MailConfig,
  Mailer,
  type PaygateConfig,
  PaymentGateway,
  PersonalDataStore,
  type PersonalStoreConfig,
  PORTAL_CHANNEL,
  type PopulationConfig,
  PopulationRegistry,
  type PostalConfig,
  PostalService,
  type SmsConfig,
  SmsGateway,
  VneidClient,
  type VneidConfig,
  type ZaloConfig,
  ZaloNotifier,
} from "./modules/integrations/index.ts";
import {
  projector as indexProjector,
  JudgeCache,
  type QualityIndexDeps,
  unitServiceIndex,
} from "./modules/quality-index/index.ts";
import type { ReformDeps } from "./modules/reform/index.ts";
import { reformFigures } from "./reform-figures.ts";

export interface Modules {
  base: CalendarDeps & WithCommands;
  files: FileStore;
  dossiers: DossierDeps;
  accountability: AccountabilityDeps;
  feedback: FeedbackDeps;
  qualityIndex: QualityIndexDeps;
  reform: ReformDeps & WithCommands;
  citizen: CitizenDeps;
  certification: CertificationDeps;
}

export interface ComposeOptions {
  /** Folder of the content-addressed file store (default: <data dir>/files; unused when the
   *  configuration names an S3-compatible store, MOTCUA_FILES_S3). */
  filesDir?: string;
  /** The payment gateway (a real one, or the simulator of the demo and tests). */
  paygate?: PaygateConfig;
  /** The notices' channels: the mail relay, the SMS gateway, the Zalo official account. */
  mail?: MailConfig;
  sms?: SmsConfig;
  zalo?: ZaloConfig;
  /** The public address of the citizen pages, for links in notices. */
  publicUrl?: () => string;
  /** The national identity's OpenID provider (known once the simulator has started). */
  vneid?: () => VneidConfig | undefined;
  population?: PopulationConfig;
  /** The personal data store of the national portal (issued results pushed when chosen). */
  personalStore?: PersonalStoreConfig;
  /** The public postal service's order API (results sent by post when chosen). */
  postal?: PostalConfig;
}

/** What compose requires besides the options: the configured signing port (server/system.ts). */
export interface RequiredPorts {
  /** Signs results, Form 04 letters and certified copies: refuses when none is configured. */
  signerFor: SignerFor;
}

/** Plugs every module's ports; server/system.ts's buildSystem is its one caller. */
export function compose(
  base: CalendarDeps & WithCommands,
  opts: ComposeOptions & RequiredPorts,
): Modules {
  // One judge cache, shared by the index's projector and its routes, reading the calendars
  // through the system's calendar cache (one read per agency, not one per cache).
  const judges = new JudgeCache(undefined, (sql, agency) => base.calendars.get(agency, sql));
  const files = fileStoreOf(base.config, opts.filesDir);
  const accountability: AccountabilityDeps = {
    ...base,
    files,
    procedures: catalogProcedures,
    calendarFor: (sql, agency) => base.calendars.get(agency, sql),
    signerFor: opts.signerFor,
    // The signed apology's new date is recorded on the dossier, as its event, in the signing
    // transaction (the dossier's projectors, this module's watch included, run with it).
    extendAppointment: (tx, actor, now, code, ext) =>
      extendAppointment(tx, actor, now, dossiers, code, ext).then(() => undefined),
  };
  const publicUrl = opts.publicUrl ?? (() => `http://${base.config.host}:${base.config.port}`);
  const dossiers: DossierDeps = {
    ...base,
    publicUrl,
    procedures: catalogProcedures,
    calendarFor: calendarsFrom(base.calendars),
    forms: documentForms(files),
    files,
    // Results are signed with the identity that signs the agency's Form 04 letters.
    signerFor: opts.signerFor,
    projectors: [
      accountabilityProjector(accountability),
      indexProjector({ judges }),
      // Every change of a dossier's exchange record leaves for the national portal (outbox).
      portalOutboxProjector(PORTAL_CHANNEL, base.clock),
    ],
    populationLookup: populationLookupValid,
  };
  // Applicants hear of their dossier's changes on the channels they chose (same transaction).
  dossiers.projectors?.push(
    noticesProjector(base.clock, {
      publicUrl,
      procedureName: async (sql, code) =>
        (await catalogProcedures(sql, code, { at: base.clock.now() }))?.name ?? code,
    }),
    // An issued result goes to the personal data store, or by post, when chosen (same transaction).
    resultDeliveryProjector(base.clock),
  );
  const feedback: FeedbackDeps = {
    ...base,
    calendarFor: (sql, agency) => base.calendars.get(agency, sql),
  };
  const reform: ReformDeps & WithCommands = {
    ...base,
    files,
    figures: reformFigures,
    publicUrl,
    // The control room's page per unit shows the Decision 766 index as the dashboard does.
    serviceIndex: (sql, tree, unit, period) =>
      unitServiceIndex({ sql, judges, now: () => base.clock.now() }, tree, unit, period),
  };
  const citizen: CitizenDeps = {
    ...dossiers,
    paygate: opts.paygate ? new PaymentGateway(opts.paygate) : undefined,
    notices: {
      mailer: opts.mail ? new Mailer(opts.mail) : undefined,
      sms: opts.sms ? new SmsGateway(opts.sms) : undefined,
      zalo: opts.zalo ? new ZaloNotifier(opts.zalo) : undefined,
    },
    vneid: opts.vneid ? new VneidClient(opts.vneid) : undefined,
    population: opts.population ? new PopulationRegistry(opts.population) : undefined,
    personalStore: opts.personalStore ? new PersonalDataStore(opts.personalStore) : undefined,
    postal: opts.postal ? new PostalService(opts.postal) : undefined,
  };
  return {
    base,
    files,
    dossiers,
    accountability,
    feedback,
    qualityIndex: { ...base, judges },
    reform,
    citizen,
    // Electronic certified copies are signed with the agency's identity, as results are.
    certification: { ...base, files, signerFor: dossiers.signerFor },
  };
}

/** The S3-compatible store when the configuration names one (several nodes share it), else the folder. */
export function fileStoreOf(
  config: Pick<CalendarDeps["config"], "filesS3" | "dataDir" | "filesDir">,
  filesDir?: string,
): FileStore {
  if (config.filesS3) return createS3FileStore(config.filesS3);
  return createFileStore(filesDir ?? filesDirOf(config.dataDir, config.filesDir));
}

/**
 * Files live in MOTCUA_FILES when set, else beside the embedded store; an in-memory store keeps
 * them in a temporary folder.
 */
export function filesDirOf(dataDir: string, filesDir?: string): string {
  if (filesDir) return filesDir;
  return dataDir.startsWith("memory://")
    ? mkdtempSync(join(tmpdir(), "motcua-files-"))
    : join(dataDir, "files");
}
