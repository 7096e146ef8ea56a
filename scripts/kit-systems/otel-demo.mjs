// OpenTelemetry demo 2.1.3 (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2) as a
// system of the scenario kit: every Deployment and Service of test/scenarios/otel-demo/topology.yaml, env as rendered.

const V = '2.1.3';
const img = (name) => `ghcr.io/open-telemetry/demo:${V}-${name}`;
const limit = (memory) => ({ limits: { memory } });
const e = (name, value) => ({ name, value });
// The three env vars every demo container starts with, and the one it ends with (chart `default.env`).
const head = [
  {
    name: 'OTEL_SERVICE_NAME',
    valueFrom: {
      fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['app.kubernetes.io/component']" },
    },
  },
  e('OTEL_COLLECTOR_NAME', 'otel-collector'),
  e('OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE', 'cumulative'),
];
const tail = [
  e(
    'OTEL_RESOURCE_ATTRIBUTES',
    `service.name=$(OTEL_SERVICE_NAME),service.namespace=opentelemetry-demo,service.version=${V}`,
  ),
];
const env = (...kv) => [...head, ...kv, ...tail];
const OTLP_GRPC = e('OTEL_EXPORTER_OTLP_ENDPOINT', 'http://$(OTEL_COLLECTOR_NAME):4317');
const OTLP_HTTP = e('OTEL_EXPORTER_OTLP_ENDPOINT', 'http://$(OTEL_COLLECTOR_NAME):4318');
const FLAGD = [e('FLAGD_HOST', 'flagd'), e('FLAGD_PORT', '8013')];
const sec = (uid, gid) => ({ runAsGroup: gid, runAsNonRoot: true, runAsUser: uid });
const waitFor = (host, port) => ({
  name: `wait-for-${host}`,
  image: 'busybox:latest',
  command: ['sh', '-c', `until nc -z -v -w30 ${host} ${port}; do echo waiting for ${host}; sleep 2; done;`],
});
const svc8080 = { ports: [{ name: 'tcp-service', port: 8080, targetPort: 8080 }] };

/** A demo Deployment: one container named like the workload, serviceAccount opentelemetry-demo. */
const demo = (
  name,
  { port, env: en, memory, securityContext, service, initContainers, volumeMounts, volumes, image },
) => ({
  name,
  serviceAccountName: 'opentelemetry-demo',
  ...(initContainers ? { initContainers } : {}),
  containers: [
    {
      name,
      image: image ?? img(name),
      imagePullPolicy: 'IfNotPresent',
      ...(port ? { ports: [{ name: 'service', containerPort: port }] } : {}),
      env: en,
      resources: limit(memory),
      ...(securityContext ? { securityContext } : {}),
      ...(volumeMounts ? { volumeMounts } : {}),
    },
  ],
  ...(volumes ? { volumes } : {}),
  ...(service ? { service } : {}),
});

export const system = {
  id: 'otel-demo',
  namespace: 'otel-demo',
  labels: (name) =>
    name === 'otel-collector'
      ? {
          'app.kubernetes.io/name': 'opentelemetry-collector',
          'app.kubernetes.io/instance': 'opentelemetry-demo',
          component: 'standalone-collector',
        }
      : {
          'opentelemetry.io/name': name,
          'app.kubernetes.io/component': name,
          'app.kubernetes.io/name': name,
        },
  nodeLabels: (n) => ({
    'cloud.google.com/gke-nodepool': 'default-pool',
    'cloud.google.com/gke-os-distribution': 'cos',
    'cloud.google.com/machine-family': 'e2',
    'node.kubernetes.io/instance-type': 'e2-standard-4',
    'topology.kubernetes.io/region': 'europe-west1',
    'topology.kubernetes.io/zone': n.zone,
  }),
  kernel: '6.6.72+',
  osImage: 'Container-Optimized OS from Google',
  kubelet: 'v1.32.4-gke.1106006',
  nodes: [
    {
      name: 'gke-astro-prod-default-pool-5f2c1a7e-2kqd',
      ip: '10.132.0.21',
      podCidr: '10.48.0',
      zone: 'europe-west1-b',
      providerID: 'gce://astro-shop-prod/europe-west1-b/gke-astro-prod-default-pool-5f2c1a7e-2kqd',
      cpu: '4',
      allocCpu: '3920m',
      memory: '16386244Ki',
      allocMemory: '13482692Ki',
    },
    {
      name: 'gke-astro-prod-default-pool-5f2c1a7e-9xwl',
      ip: '10.132.0.22',
      podCidr: '10.48.1',
      zone: 'europe-west1-b',
      providerID: 'gce://astro-shop-prod/europe-west1-b/gke-astro-prod-default-pool-5f2c1a7e-9xwl',
      cpu: '4',
      allocCpu: '3920m',
      memory: '16386244Ki',
      allocMemory: '13482692Ki',
    },
    {
      name: 'gke-astro-prod-default-pool-8b41d0c3-v7mt',
      ip: '10.132.0.23',
      podCidr: '10.48.2',
      zone: 'europe-west1-c',
      providerID: 'gce://astro-shop-prod/europe-west1-c/gke-astro-prod-default-pool-8b41d0c3-v7mt',
      cpu: '4',
      allocCpu: '3920m',
      memory: '16386244Ki',
      allocMemory: '13482692Ki',
    },
  ],
  workloads: [
    {
      name: 'otel-collector',
      serviceAccountName: 'otel-collector',
      podAnnotations: {
        'checksum/config': 'b23c30f9b89a34910edbfdafc7072ff305d9e8bb93ca26ffaed9ac1a8872cefb',
        opentelemetry_community_demo: 'true',
        'prometheus.io/scrape': 'true',
      },
      containers: [
        {
          name: 'opentelemetry-collector',
          image: 'otel/opentelemetry-collector-contrib:0.135.0',
          imagePullPolicy: 'IfNotPresent',
          args: ['--config=/conf/relay.yaml'],
          ports: [
            { name: 'jaeger-compact', containerPort: 6831, protocol: 'UDP' },
            { name: 'jaeger-grpc', containerPort: 14250 },
            { name: 'jaeger-thrift', containerPort: 14268 },
            { name: 'metrics', containerPort: 8888 },
            { name: 'otlp', containerPort: 4317 },
            { name: 'otlp-http', containerPort: 4318 },
            { name: 'zipkin', containerPort: 9411 },
          ],
          env: [
            { name: 'MY_POD_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } },
            e('GOMEMLIMIT', '160MiB'),
          ],
          resources: limit('200Mi'),
          securityContext: {},
          volumeMounts: [{ mountPath: '/conf', name: 'opentelemetry-collector-configmap' }],
          livenessProbe: {
            httpGet: { path: '/', port: 13133, scheme: 'HTTP' },
            timeoutSeconds: 1,
            periodSeconds: 10,
            successThreshold: 1,
            failureThreshold: 3,
          },
          readinessProbe: {
            httpGet: { path: '/', port: 13133, scheme: 'HTTP' },
            timeoutSeconds: 1,
            periodSeconds: 10,
            successThreshold: 1,
            failureThreshold: 3,
          },
        },
      ],
      volumes: [
        {
          name: 'opentelemetry-collector-configmap',
          configMap: {
            name: 'otel-collector',
            items: [{ key: 'relay', path: 'relay.yaml' }],
            defaultMode: 420,
          },
        },
      ],
      // The Service's jaeger-compact port is UDP upstream; the kit writes every Service port as TCP.
      service: {
        ports: [
          { name: 'jaeger-compact', port: 6831, targetPort: 6831 },
          { name: 'jaeger-grpc', port: 14250, targetPort: 14250 },
          { name: 'jaeger-thrift', port: 14268, targetPort: 14268 },
          { name: 'metrics', port: 8888, targetPort: 8888 },
          { name: 'otlp', port: 4317, targetPort: 4317 },
          { name: 'otlp-http', port: 4318, targetPort: 4318 },
          { name: 'zipkin', port: 9411, targetPort: 9411 },
        ],
      },
    },
    demo('accounting', {
      initContainers: [waitFor('kafka', 9092)],
      env: env(
        e('KAFKA_ADDR', 'kafka:9092'),
        OTLP_HTTP,
        e('DB_CONNECTION_STRING', 'Host=postgresql;Username=otelu;Password=<redacted>;Database=otel'),
        e('OTEL_DOTNET_AUTO_TRACES_ENTITYFRAMEWORKCORE_INSTRUMENTATION_ENABLED', 'false'),
      ),
      memory: '120Mi',
    }),
    demo('ad', {
      port: 8080,
      env: env(e('AD_PORT', '8080'), ...FLAGD, OTLP_HTTP, e('OTEL_LOGS_EXPORTER', 'otlp')),
      memory: '300Mi',
      service: svc8080,
    }),
    demo('cart', {
      port: 8080,
      initContainers: [waitFor('valkey-cart', 6379)],
      env: env(
        e('CART_PORT', '8080'),
        e('ASPNETCORE_URLS', 'http://*:$(CART_PORT)'),
        e('VALKEY_ADDR', 'valkey-cart:6379'),
        ...FLAGD,
        OTLP_GRPC,
      ),
      memory: '160Mi',
      service: svc8080,
    }),
    demo('checkout', {
      port: 8080,
      initContainers: [waitFor('kafka', 9092)],
      env: env(
        e('CHECKOUT_PORT', '8080'),
        e('CART_ADDR', 'cart:8080'),
        e('CURRENCY_ADDR', 'currency:8080'),
        e('EMAIL_ADDR', 'http://email:8080'),
        e('PAYMENT_ADDR', 'payment:8080'),
        e('PRODUCT_CATALOG_ADDR', 'product-catalog:8080'),
        e('SHIPPING_ADDR', 'http://shipping:8080'),
        e('KAFKA_ADDR', 'kafka:9092'),
        ...FLAGD,
        OTLP_GRPC,
        e('GOMEMLIMIT', '16MiB'),
      ),
      memory: '20Mi',
      service: svc8080,
    }),
    demo('currency', {
      port: 8080,
      env: env(e('CURRENCY_PORT', '8080'), OTLP_GRPC, e('VERSION', V)),
      memory: '20Mi',
      service: svc8080,
    }),
    demo('email', {
      port: 8080,
      env: env(e('EMAIL_PORT', '8080'), e('APP_ENV', 'production'), OTLP_HTTP, ...FLAGD),
      memory: '100Mi',
      service: svc8080,
    }),
    {
      name: 'flagd',
      serviceAccountName: 'opentelemetry-demo',
      initContainers: [
        {
          name: 'init-config',
          image: 'busybox',
          command: [
            'sh',
            '-c',
            'cp /config-ro/demo.flagd.json /config-rw/demo.flagd.json && cat /config-rw/demo.flagd.json',
          ],
          volumeMounts: [
            { mountPath: '/config-ro', name: 'config-ro' },
            { mountPath: '/config-rw', name: 'config-rw' },
          ],
        },
      ],
      containers: [
        {
          name: 'flagd',
          image: 'ghcr.io/open-feature/flagd:v0.12.8',
          imagePullPolicy: 'IfNotPresent',
          command: [
            '/flagd-build',
            'start',
            '--port',
            '8013',
            '--ofrep-port',
            '8016',
            '--uri',
            'file:./etc/flagd/demo.flagd.json',
          ],
          ports: [
            { name: 'rpc', containerPort: 8013 },
            { name: 'ofrep', containerPort: 8016 },
          ],
          env: env(
            e('FLAGD_METRICS_EXPORTER', 'otel'),
            e('FLAGD_OTEL_COLLECTOR_URI', '$(OTEL_COLLECTOR_NAME):4317'),
            e('GOMEMLIMIT', '60MiB'),
          ),
          resources: limit('75Mi'),
          volumeMounts: [{ name: 'config-rw', mountPath: '/etc/flagd' }],
        },
        {
          name: 'flagd-ui',
          image: img('flagd-ui'),
          imagePullPolicy: 'IfNotPresent',
          ports: [{ name: 'service', containerPort: 4000 }],
          env: env(
            e('FLAGD_METRICS_EXPORTER', 'otel'),
            OTLP_HTTP,
            e('FLAGD_UI_PORT', '4000'),
            e('SECRET_KEY_BASE', '<redacted>'),
            e('PHX_HOST', 'localhost'),
          ),
          resources: limit('250Mi'),
          volumeMounts: [{ mountPath: '/app/data', name: 'config-rw' }],
        },
      ],
      volumes: [
        { name: 'config-rw', emptyDir: {} },
        { name: 'config-ro', configMap: { name: 'flagd-config', defaultMode: 420 } },
      ],
      service: {
        ports: [
          { name: 'rpc', port: 8013, targetPort: 8013 },
          { name: 'ofrep', port: 8016, targetPort: 8016 },
          { name: 'tcp-service-0', port: 4000, targetPort: 4000 },
        ],
      },
    },
    demo('fraud-detection', {
      initContainers: [waitFor('kafka', 9092)],
      env: env(
        e('KAFKA_ADDR', 'kafka:9092'),
        ...FLAGD,
        OTLP_HTTP,
        e('OTEL_INSTRUMENTATION_KAFKA_EXPERIMENTAL_SPAN_ATTRIBUTES', 'true'),
        e('OTEL_INSTRUMENTATION_MESSAGING_EXPERIMENTAL_RECEIVE_TELEMETRY_ENABLED', 'true'),
      ),
      memory: '300Mi',
    }),
    demo('frontend', {
      port: 8080,
      env: env(
        e('FRONTEND_PORT', '8080'),
        e('PORT', '$(FRONTEND_PORT)'),
        e('FRONTEND_ADDR', ':8080'),
        e('AD_ADDR', 'ad:8080'),
        e('CART_ADDR', 'cart:8080'),
        e('CHECKOUT_ADDR', 'checkout:8080'),
        e('CURRENCY_ADDR', 'currency:8080'),
        e('PRODUCT_CATALOG_ADDR', 'product-catalog:8080'),
        e('RECOMMENDATION_ADDR', 'recommendation:8080'),
        e('SHIPPING_ADDR', 'http://shipping:8080'),
        ...FLAGD,
        e('ENV_PLATFORM', 'kubernetes'),
        e('OTEL_COLLECTOR_HOST', '$(OTEL_COLLECTOR_NAME)'),
        OTLP_GRPC,
        e('WEB_OTEL_SERVICE_NAME', 'frontend-web'),
        e('PUBLIC_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'http://localhost:8080/otlp-http/v1/traces'),
      ),
      memory: '250Mi',
      securityContext: sec(1001, 1001),
      service: svc8080,
    }),
    demo('frontend-proxy', {
      port: 8080,
      env: env(
        e('ENVOY_PORT', '8080'),
        e('ENVOY_ADMIN_PORT', '10000'),
        ...FLAGD,
        e('FLAGD_UI_HOST', 'flagd-ui'),
        e('FLAGD_UI_PORT', '4000'),
        e('FRONTEND_HOST', 'frontend'),
        e('FRONTEND_PORT', '8080'),
        e('GRAFANA_HOST', 'grafana'),
        e('GRAFANA_PORT', '80'),
        e('IMAGE_PROVIDER_HOST', 'image-provider'),
        e('IMAGE_PROVIDER_PORT', '8081'),
        e('JAEGER_HOST', 'jaeger-query'),
        e('JAEGER_UI_PORT', '16686'),
        e('LOCUST_WEB_HOST', 'load-generator'),
        e('LOCUST_WEB_PORT', '8089'),
        e('OTEL_COLLECTOR_HOST', '$(OTEL_COLLECTOR_NAME)'),
        e('OTEL_COLLECTOR_PORT_GRPC', '4317'),
        e('OTEL_COLLECTOR_PORT_HTTP', '4318'),
      ),
      memory: '65Mi',
      securityContext: sec(101, 101),
      service: svc8080,
    }),
    demo('image-provider', {
      port: 8081,
      env: env(
        e('IMAGE_PROVIDER_PORT', '8081'),
        e('OTEL_COLLECTOR_PORT_GRPC', '4317'),
        e('OTEL_COLLECTOR_HOST', '$(OTEL_COLLECTOR_NAME)'),
      ),
      memory: '50Mi',
      service: { ports: [{ name: 'tcp-service', port: 8081, targetPort: 8081 }] },
    }),
    {
      ...demo('kafka', {
        env: env(
          e('KAFKA_ADVERTISED_LISTENERS', 'PLAINTEXT://kafka:9092'),
          OTLP_HTTP,
          e('KAFKA_HEAP_OPTS', '-Xmx400M -Xms400M'),
          e('KAFKA_LISTENERS', 'PLAINTEXT://:9092,CONTROLLER://:9093'),
          e('KAFKA_CONTROLLER_LISTENER_NAMES', 'CONTROLLER'),
          e('KAFKA_CONTROLLER_QUORUM_VOTERS', '1@kafka:9093'),
        ),
        memory: '600Mi',
        securityContext: sec(1000, 1000),
        service: {
          ports: [
            { name: 'plaintext', port: 9092, targetPort: 9092 },
            { name: 'controller', port: 9093, targetPort: 9093 },
          ],
        },
      }),
    },
    demo('load-generator', {
      port: 8089,
      env: env(
        e('LOCUST_WEB_HOST', '0.0.0.0'),
        e('LOCUST_WEB_PORT', '8089'),
        e('LOCUST_USERS', '10'),
        e('LOCUST_SPAWN_RATE', '1'),
        e('LOCUST_HOST', 'http://frontend-proxy:8080'),
        e('LOCUST_HEADLESS', 'false'),
        e('LOCUST_AUTOSTART', 'true'),
        e('LOCUST_BROWSER_TRAFFIC_ENABLED', 'true'),
        e('PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION', 'python'),
        ...FLAGD,
        e('FLAGD_OFREP_PORT', '8016'),
        OTLP_GRPC,
      ),
      memory: '1500Mi',
      service: { ports: [{ name: 'tcp-service', port: 8089, targetPort: 8089 }] },
    }),
    demo('payment', {
      port: 8080,
      env: env(e('PAYMENT_PORT', '8080'), ...FLAGD, OTLP_GRPC),
      memory: '120Mi',
      securityContext: sec(1000, 1000),
      service: svc8080,
    }),
    demo('postgresql', {
      port: 5432,
      env: env(e('POSTGRES_USER', 'root'), e('POSTGRES_PASSWORD', '<redacted>'), e('POSTGRES_DB', 'otel')),
      memory: '100Mi',
      service: { ports: [{ name: 'tcp-service', port: 5432, targetPort: 5432 }] },
    }),
    demo('product-catalog', {
      port: 8080,
      env: env(
        e('PRODUCT_CATALOG_PORT', '8080'),
        e('PRODUCT_CATALOG_RELOAD_INTERVAL', '10'),
        ...FLAGD,
        OTLP_GRPC,
        e('GOMEMLIMIT', '16MiB'),
      ),
      memory: '20Mi',
      volumeMounts: [{ name: 'product-catalog-products', mountPath: '/usr/src/app/products' }],
      volumes: [
        {
          name: 'product-catalog-products',
          configMap: { name: 'product-catalog-products', defaultMode: 420 },
        },
      ],
      service: svc8080,
    }),
    demo('quote', {
      port: 8080,
      env: env(
        e('QUOTE_PORT', '8080'),
        e('OTEL_PHP_AUTOLOAD_ENABLED', 'true'),
        e('OTEL_PHP_INTERNAL_METRICS_ENABLED', 'true'),
        OTLP_HTTP,
      ),
      memory: '40Mi',
      securityContext: sec(33, 33),
      service: svc8080,
    }),
    demo('recommendation', {
      port: 8080,
      env: env(
        e('RECOMMENDATION_PORT', '8080'),
        e('PRODUCT_CATALOG_ADDR', 'product-catalog:8080'),
        e('OTEL_PYTHON_LOG_CORRELATION', 'true'),
        e('PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION', 'python'),
        ...FLAGD,
        OTLP_GRPC,
      ),
      memory: '500Mi',
      service: svc8080,
    }),
    demo('shipping', {
      port: 8080,
      env: env(e('SHIPPING_PORT', '8080'), e('QUOTE_ADDR', 'http://quote:8080'), OTLP_GRPC),
      memory: '20Mi',
      service: svc8080,
    }),
    {
      name: 'valkey-cart',
      serviceAccountName: 'opentelemetry-demo',
      containers: [
        {
          name: 'valkey-cart',
          image: 'valkey/valkey:8.1.3-alpine',
          imagePullPolicy: 'IfNotPresent',
          ports: [{ name: 'valkey-cart', containerPort: 6379 }],
          env: env(),
          resources: limit('20Mi'),
          securityContext: sec(999, 1000),
        },
      ],
      service: { ports: [{ name: 'valkey-cart', port: 6379, targetPort: 6379 }] },
    },
  ],
};
