// Blind held-out batch s94a: one Bank of Anthos scenario (split test), on scripts/kit-systems/bank-of-anthos.mjs.
// Built by scripts/s94a-build.mjs with the scenario kit (withDefaults, jlog/plog); grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const I = '2026-07-15T07:46:00Z';
const T = clock(I);
const adb = system.workloads.find((w) => w.name === 'accounts-db');
const c0 = adb.containers[0];
const CLAIM = 'postgresdb-accounts-db-0';
const pgErr = 'could not connect to server: Connection refused\\n\\tIs the server running on host "accounts-db" (%SVCIP:accounts-db%) and accepting\\n\\tTCP/IP connections on port 5432?';
const initdb = [
  'The files belonging to this database system will be owned by user "postgres".',
  'This user must also own the server process.',
  '',
  'The database cluster will be initialized with locale "en_US.utf8".',
  'The default database encoding has accordingly been set to "UTF8".',
  'The default text search configuration will be set to "english".',
  '',
  'Data page checksums are disabled.',
  '',
  'initdb: error: directory "/var/lib/postgresql/data" exists but is not empty',
  'initdb: detail: It contains a lost+found directory, perhaps due to it being a mount point.',
  'initdb: hint: Using a mount point directly as the data directory is not recommended.',
  'Create a subdirectory under the mount point.',
];

export const scenarios = [
  withDefaults({
    folder: 's94a-accounts-db-mountpoint',
    incidentTime: I,
    description: 'nobody can log in to the bank app since the accounts maintenance this morning (~7:30), "Error logging in"',
    expected: { component: 'accounts-db', cause: 'config-error' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'crash-loop' }, { component: 'accounts-db', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      Bank of Anthos kubernetes-manifests/accounts-db.yaml: a StatefulSet whose postgres data volume is mounted at
      /var/lib/postgresql/data with subPath "postgres" (upstream on an emptyDir). The official postgres image's initdb
      refuses a non-empty PGDATA and names the lost+found directory a fresh ext4 disk carries (docker-library/postgres
      issues on "initdb: directory exists but is not empty", the image's "use a subdirectory" PGDATA advice).
      Fault: in a maintenance window the team moved accounts-db onto a persistent volume (volumeClaimTemplate postgresdb,
      standard-rwo) and dropped the subPath, so the new accounts-db-0 mounts the disk root and the container exits 1
      at initdb on every start (CrashLoopBackOff). userservice and contacts stay Ready (their /ready does not touch the
      database) and log psycopg2 "Connection refused" through the Service without endpoints; the frontend shows
      "Error logging in". Deviations from upstream: the volumeClaimTemplate and the missing subPath.
    `,
    workloads: {
      'accounts-db': {
        patch: {
          volumes: undefined,
          volumeClaimTemplates: [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'postgresdb', creationTimestamp: null }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'standard-rwo', volumeMode: 'Filesystem', resources: { requests: { storage: '10Gi' } } }, status: { phase: 'Pending' } }],
        },
        containers: { 'accounts-db': { volumeMounts: [{ mountPath: '/var/lib/postgresql/data', name: 'postgresdb' }] } },
        since: -16,
        unavailableSince: -16,
        pods: [{
          created: T.iso(-16),
          specOverride: { volumes: [{ name: 'postgresdb', persistentVolumeClaim: { claimName: CLAIM } }] },
          containers: { 'accounts-db': cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-2.2), finishedAt: T.iso(-2.1), container: 'accounts-db' }) },
        }],
      },
    },
    pvcs: [{ name: CLAIM, size: '10Gi', storageClass: 'standard-rwo', volume: 'pvc-3e1b7c92-5d4a-4f08-b6e3-a91c0d27f5b4', provisioner: 'pd.csi.storage.gke.io' }],
    events: [
      { on: 'sts:accounts-db', reason: 'SuccessfulCreate', message: `create Claim ${CLAIM} Pod accounts-db-0 in StatefulSet accounts-db success`, first: -16.2 },
      { on: 'sts:accounts-db', reason: 'SuccessfulCreate', message: 'create Pod accounts-db-0 in StatefulSet accounts-db successful', first: -16.2 },
      { on: 'pod:accounts-db#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/accounts-db-0 to %NODE%', first: -16, source: 'default-scheduler' },
      { on: 'pod:accounts-db#0', reason: 'SuccessfulAttachVolume', message: 'AttachVolume.Attach succeeded for volume "pvc-3e1b7c92-5d4a-4f08-b6e3-a91c0d27f5b4" ', first: -15.8, source: 'attachdetach-controller' },
      { on: 'pod:accounts-db#0', reason: 'Pulled', message: `Container image "${c0.image}" already present on machine`, first: -15.5, last: -2.2, count: 9, fieldPath: 'spec.containers{accounts-db}' },
      { on: 'pod:accounts-db#0', reason: 'Created', message: 'Created container accounts-db', first: -15.5, last: -2.2, count: 9, fieldPath: 'spec.containers{accounts-db}' },
      { on: 'pod:accounts-db#0', reason: 'Started', message: 'Started container accounts-db', first: -15.5, last: -2.2, count: 9, fieldPath: 'spec.containers{accounts-db}' },
      { on: 'pod:accounts-db#0', reason: 'BackOff', message: 'Back-off restarting failed container accounts-db in pod accounts-db-0_bank-of-anthos(%PODUID%)', type: 'Warning', first: -15, last: -0.4, count: 64, fieldPath: 'spec.containers{accounts-db}' },
    ],
    logs: {
      'accounts-db#0/accounts-db': initdb,
      'accounts-db#0/accounts-db/previous': initdb,
      'userservice#0/userservice': [
        plog(T, -14.5, 'INFO', 'login', 'Getting username and password.'),
        plog(T, -14.5, 'ERROR', 'login', `Error logging in: (psycopg2.OperationalError) ${pgErr}`),
        plog(T, -6.1, 'INFO', 'login', 'Getting username and password.'),
        plog(T, -6.1, 'ERROR', 'login', `Error logging in: (psycopg2.OperationalError) ${pgErr}`),
        plog(T, -1.2, 'INFO', 'login', 'Getting username and password.'),
        plog(T, -1.2, 'ERROR', 'login', `Error logging in: (psycopg2.OperationalError) ${pgErr}`),
      ],
      'contacts#0/contacts': [
        plog(T, -9.3, 'DEBUG', 'get_contacts', 'Retrieving contacts.'),
        plog(T, -9.3, 'ERROR', 'get_contacts', `Error retrieving contacts list: (psycopg2.OperationalError) ${pgErr}`),
      ],
      'frontend#0/front': [
        plog(T, -14.5, 'INFO', 'login', 'Logging in.'),
        plog(T, -14.5, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
        plog(T, -1.2, 'INFO', 'login', 'Logging in.'),
        plog(T, -1.2, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -3.5, 'INFO', 'pollTransactions', 'Polling for new transactions'),
      ],
    },
  }),
];
