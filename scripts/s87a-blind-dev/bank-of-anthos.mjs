// Batch s87a (blind dev): one Bank of Anthos scenario on the kit system (scripts/kit-systems/bank-of-anthos.mjs):
// ledger-db hung on an NFS (Filestore) volume that stopped answering; its pod stays Ready, the ledger callers are loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const I = '2026-08-19T09:26:00Z';
const T = clock(I);
const pg = (min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const ledgerDb = [
  pg(-60 * 30, 1, 'LOG', 'database system is ready to accept connections'),
  pg(-75, 63, 'LOG', 'checkpoint starting: time'),
  pg(-73.2, 63, 'LOG', 'checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, 0 removed, 0 recycled; write=107.871 s, sync=0.012 s, total=107.912 s; sync files=18, longest=0.004 s, average=0.001 s; distance=3104 kB, estimate=3381 kB'),
  pg(-45, 63, 'LOG', 'checkpoint starting: time'),
  // nothing after: the checkpointer and every backend writing WAL are blocked in the kernel on the NFS mount
];
const writer = [];
const front = [];
const balance = [];
for (let k = 0; k < 12; k++) {
  const m = -40 + k * 3.2;
  writer.push(jlog(T, m, 'INFO', 'addTransaction', `Received transaction request from account ${String(1011226111 + k * 7)}`));
  writer.push(jlog(T, m + 30 / 60, 'ERROR', 'addTransaction', 'Error submitting transaction: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.'));
  front.push(jlog(T, m + 4 / 60, 'ERROR', 'payment', `Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`));
  if (k % 2 === 0) front.push(jlog(T, m + 0.2, 'INFO', 'home', 'Displaying home.'));
  balance.push(jlog(T, m + 1, 'INFO', 'getBalance', 'Balance request for account 1011226111'));
}
const hist = [jlog(T, -12, 'INFO', 'getTransactions', 'Getting transactions for account 1011226111')];

export const scenarios = [
  withDefaults({
    folder: 's87a-ledger-db-nfs-hang',
    description: 'boa transfers & deposits hang then fail since about 08:45. balances still show up, history loads. ledgerwriter logs full of hikari timeouts',
    incidentTime: I,
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'storage-unavailable' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'partial-name'],
    workloads: {
      'ledger-db': {
        patch: { volumes: [{ name: 'postgresdb', persistentVolumeClaim: { claimName: 'ledger-db-nfs' } }] },
      },
    },
    pvcs: [{ name: 'ledger-db-nfs', size: '1Ti', storageClass: 'standard-rwx', volume: 'pvc-3c7e9a51-0f2d-4b8e-a61c-9d4f27e8b015', provisioner: 'filestore.csi.storage.gke.io' }],
    logs: {
      'ledger-db#0/postgres': ledgerDb,
      'ledgerwriter#0/ledgerwriter': writer,
      'frontend#0/front': front,
      'balancereader#0/balancereader': balance,
      'transactionhistory#0/transactionhistory': hist,
    },
    grounding: `
      Manifest facts: ledger-db (PostgreSQL StatefulSet, no probes upstream) is written by ledgerwriter and read by balancereader
      and transactionhistory (Spring, HikariCP, SPRING_DATASOURCE_URL from ledger-db-config); frontend calls ledgerwriter with a
      4 s backend timeout.
      Fault: ledger-db's data directory sits on a Filestore (NFS, hard-mounted) volume; during a Filestore incident the server
      stopped answering ("nfs: server ... not responding, still trying" on the node, processes in D state). PostgreSQL's
      backends block on WAL writes and fsync: the last log line is a "checkpoint starting" with no "checkpoint complete",
      INSERTs never return, the pod is Running and Ready (no probe, no restart), reads served from shared buffers still work
      so balances and history render. ledgerwriter exhausts its Hikari pool (30 s timeouts), frontend's payment/deposit calls
      time out after 4 s. Pattern from public reports of PostgreSQL hung on hard NFS mounts and Filestore/EFS outages.
      Expected: ledger-db dependency-down (hung dependency, callers loud); ledger-db storage-unavailable accepted.
      Deviations from upstream: the postgresdb volume is a PVC ledger-db-nfs (StorageClass standard-rwx, Filestore CSI)
      instead of upstream's emptyDir; frontend/ledgerwriter log texts are shortened to the lines that matter. No Kubernetes
      Event records the hang.
    `,
  }),
];
