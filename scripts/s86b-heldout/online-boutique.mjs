// Blind held-out batch s86b: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the session-2 Online Boutique system definition; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const INC = '2026-05-12T13:48:00Z';
const T = clock(INC);
const NODE = 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt';
const fl = (min, severity, message, extra = {}) => JSON.stringify({ ...(extra.error ? { error: extra.error } : {}), 'http.req.id': extra.id ?? '5e0c2b7a-91d4-4f3e-8a61-0c7d2f9b3e14', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/cart', message, session: extra.session ?? 'a3d1f7e2-6b0c-4e59-9c21-7f4e8b2d0a65', severity, timestamp: T.isoMs(min) });
const refused = (ip) => `rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp ${ip}:7070: connect: connection refused\\"`;
const dotnetCrash = (min) => [
  `Unhandled exception. System.IO.IOException: The configured user limit (128) on the number of inotify instances has been reached, or the per-process limit on the number of open file descriptors has been reached.`,
  `   at System.IO.FileSystemWatcher.StartRaisingEvents()`,
  `   at System.IO.FileSystemWatcher.StartRaisingEventsIfNotDisposed()`,
  `   at System.IO.FileSystemWatcher.set_EnableRaisingEvents(Boolean value)`,
  `   at Microsoft.Extensions.FileProviders.Physical.PhysicalFilesWatcher.TryEnableFileSystemWatcher()`,
  `   at Microsoft.Extensions.FileProviders.Physical.PhysicalFilesWatcher.CreateFileChangeToken(String filter)`,
  `   at Microsoft.Extensions.FileProviders.PhysicalFileProvider.Watch(String filter)`,
  `   at Microsoft.Extensions.Configuration.FileConfigurationProvider.<.ctor>b__1_0()`,
  `   at Microsoft.Extensions.Primitives.ChangeToken.OnChange(Func\`1 changeTokenProducer, Action changeTokenConsumer)`,
  `   at Microsoft.Extensions.Configuration.FileConfigurationProvider..ctor(FileConfigurationSource source)`,
  `   at Microsoft.Extensions.Configuration.Json.JsonConfigurationSource.Build(IConfigurationBuilder builder)`,
  `   at Microsoft.Extensions.Configuration.ConfigurationManager.AddSource(IConfigurationSource source)`,
  `   at Microsoft.Extensions.Configuration.ConfigurationManager.Microsoft.Extensions.Configuration.IConfigurationBuilder.Add(IConfigurationSource source)`,
  `   at Microsoft.Extensions.Configuration.JsonConfigurationExtensions.AddJsonFile(IConfigurationBuilder builder, IFileProvider provider, String path, Boolean optional, Boolean reloadOnChange)`,
  `   at Microsoft.Extensions.Hosting.HostingHostBuilderExtensions.ApplyDefaultAppConfiguration(HostBuilderContext hostingContext, IConfigurationBuilder appConfigBuilder, String[] args)`,
  `   at Microsoft.Extensions.Hosting.HostApplicationBuilder..ctor(HostApplicationBuilderSettings settings)`,
  `   at Microsoft.AspNetCore.Builder.WebApplicationBuilder..ctor(WebApplicationOptions options, Action\`1 configureDefaults)`,
  `   at Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(String[] args)`,
  `   at Program.<Main>$(String[] args) in /app/src/Program.cs:line 21`,
];
const crash = (restarts, at) => cs.crashLoop({ restarts, exitCode: 134, reason: 'Error', startedAt: T.iso(at), finishedAt: T.iso(at + 0.02), backoff: '5m0s', container: 'server' });

export const scenarios = [
  {
    folder: 's86b-cart-dotnet-inotify-startup',
    description: 'cart broken on the boutique since about 1:20, "could not retrieve cart" on every page. catalog browsing still works',
    incidentTime: INC,
    expected: { component: 'cartservice', cause: 'crash-loop' },
    alsoAcceptable: [{ component: 'cartservice', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts: release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6): cartservice is the .NET 8 ASP.NET Core gRPC service,
      2 replicas here, every pod runs as runAsUser 1000, frontend and checkoutservice reach it at CART_SERVICE_ADDR=cartservice:7070.
      Fault: the public .NET report "The configured user limit (128) on the number of inotify instances has been reached"
      (dotnet/runtime and dotnet/aspnetcore issues; WebApplication.CreateBuilder adds appsettings.json with reloadOnChange=true, which opens a
      FileSystemWatcher at startup). fs.inotify.max_user_instances=128 is counted per UID on the node; without user namespaces every
      container running as UID 1000 on that node shares the count. Both cartservice pods were recreated about 30 minutes ago onto
      the same node (their previous node was auto-repaired) and abort at startup with an unhandled IOException: exit code 134
      (SIGABRT, how the .NET runtime ends on an unhandled exception), CrashLoopBackOff. The Service has no ready endpoints.
      The frontend (Go, logrus JSON) is the loud one: "could not retrieve cart" with connection refused on the cart Service address.
      Expected cause crash-loop on cartservice (the container crashes repeatedly); resource-exhaustion (the node's inotify instances are
      exhausted) is also accepted on cartservice.
      Decoy: adservice has an OOMKilled restart from three days ago and has been Running since.
      Deviations from upstream: cartservice pods created at a different time than the ReplicaSet (node auto-repair), the node sysctl is
      not visible in the snapshot; adservice's restart history.
    `,
    workloads: {
      cartservice: {
        pods: [
          { node: NODE, created: T.iso(-29), containers: { server: crash(10, -3.1) } },
          { node: NODE, created: T.iso(-28.6), containers: { server: crash(10, -1.9) } },
        ],
        unavailableSince: -28.5,
        endpointsChanged: -28.5,
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:cartservice#0', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${NODE}`, source: 'default-scheduler', first: -29 },
      { on: 'pod:cartservice#1', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${NODE}`, source: 'default-scheduler', first: -28.6 },
      { on: 'rs:cartservice', reason: 'SuccessfulCreate', message: 'Created pod: cartservice-%RS%', first: -29 },
      { on: 'rs:cartservice', reason: 'SuccessfulCreate', message: 'Created pod: cartservice-%RS%', first: -28.6 },
      { on: 'pod:cartservice#0', reason: 'Pulled', message: `Container image "${'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo'}/cartservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -28.9, last: -3.1, count: 11 },
      { on: 'pod:cartservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -28.9, last: -3.1, count: 11 },
      { on: 'pod:cartservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -28.9, last: -3.1, count: 11 },
      { on: 'pod:cartservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -28.5, last: -0.4, count: 131 },
      { on: 'pod:cartservice#1', reason: 'Pulled', message: `Container image "${'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo'}/cartservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -28.5, last: -1.9, count: 11 },
      { on: 'pod:cartservice#1', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -28.1, last: -0.2, count: 127 },
      { on: 'pod:cartservice#1', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7070" within 1s: context deadline exceeded', type: 'Warning', fieldPath: 'spec.containers{server}', first: -28.4, last: -1.9, count: 4 },
    ],
    logs: {
      'cartservice#0/server/previous': dotnetCrash(-3.1),
      'cartservice#0/server': dotnetCrash(-3.1),
      'cartservice#1/server/previous': dotnetCrash(-1.9),
      'frontend#0/server': [
        fl(-31, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
        fl(-30.9, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        fl(-28.2, 'error', 'request error', { path: '/cart', error: `could not retrieve cart: ${refused('%SVCIP:cartservice%')}`, id: '0b9e4c21-7d3a-4f85-b6e0-2c18a9f47d53' }),
        fl(-20.4, 'debug', 'request started', { path: '/product/66VCHSJNUP' }),
        fl(-20.3, 'error', 'request error', { path: '/product/66VCHSJNUP', error: `could not retrieve cart: ${refused('%SVCIP:cartservice%')}`, id: '7f2d0e83-a4b1-4c69-9e35-d81b6c0f2a47' }),
        fl(-11.7, 'debug', 'request started', { path: '/', id: 'c8e41a90-3f27-4b5d-a0c6-94e7b1d25f38' }),
        fl(-11.6, 'debug', 'request complete', { path: '/', id: 'c8e41a90-3f27-4b5d-a0c6-94e7b1d25f38' }),
        fl(-4.2, 'error', 'request error', { method: 'POST', path: '/cart', error: `failed to add to cart: ${refused('%SVCIP:cartservice%')}`, id: '2a6f9d14-e08c-4b73-8d52-a1c3e7f06b99' }),
        fl(-0.8, 'error', 'request error', { path: '/cart', error: `could not retrieve cart: ${refused('%SVCIP:cartservice%')}`, id: 'e5b07c3d-1a94-4f26-b8e1-63d0a2c9f714' }),
      ],
      'frontend#1/server': [
        fl(-25.5, 'error', 'request error', { path: '/product/L9ECAV7KIM', error: `could not retrieve cart: ${refused('%SVCIP:cartservice%')}`, id: '91c3e5a7-2d08-4b6f-a4e9-0f7b5c2d8e16' }),
        fl(-9.3, 'debug', 'request started', { path: '/product/9SIQT8TOJO', id: '4d7a2e91-c6b0-4f53-9a18-e2f05b7c3d64' }),
        fl(-9.2, 'error', 'request error', { path: '/product/9SIQT8TOJO', error: `could not retrieve cart: ${refused('%SVCIP:cartservice%')}`, id: '4d7a2e91-c6b0-4f53-9a18-e2f05b7c3d64' }),
        fl(-2.6, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: `failed to complete the order: rpc error: code = Internal desc = failed to get user cart during checkout: ${refused('%SVCIP:cartservice%')}`, id: 'b1f48c06-9e2d-4a37-8c5b-7d30e6a1f982' }),
      ],
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"a3d1f7e2-6b0c-4e59-9c21-7f4e8b2d0a65\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-2.61)}"}`,
      ],
      'adservice#0/server': [
        `${T.java(-40).replace(' ', 'T').slice(0, 23)}Z INFO  [grpc-default-executor-3] hipstershop.AdService - received ad request (context_words=[kitchen])`,
        `${T.java(-6).replace(' ', 'T').slice(0, 23)}Z INFO  [grpc-default-executor-5] hipstershop.AdService - received ad request (context_words=[clothing])`,
      ],
    },
  },
];
