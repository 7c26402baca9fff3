# One image recipe for the four services: `--build-arg SERVICE=events|membership|notifications|console`.
# Runs the TypeScript sources with SWC (no separate build step to drift from what the tests run).
FROM node:20-bookworm-slim
ARG SERVICE
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund
COPY tsconfig.json tsconfig.base.json ./
COPY tools/register.js tools/register.js
COPY libs libs
COPY apps/${SERVICE} apps/${SERVICE}
ENV SERVICE=${SERVICE}
USER node
CMD node -r ./tools/register.js apps/${SERVICE}/src/main.ts
