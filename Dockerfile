# Image of the API and the worker (see docker-compose.yml):
#   docker build -t supergap-match .
#   docker run supergap-match                          # API: node dist/src/main.js
#   docker run supergap-match node dist/src/worker.js  # worker
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/package.json web/package-lock.json ./web/
RUN npm --prefix web ci --no-audit --no-fund
COPY . .
# The API serves the web app's build (web/dist) at /.
RUN npx nest build && bash scripts/build-web.sh
ENV NODE_ENV=production
EXPOSE 3000
USER node
CMD ["node", "dist/src/main.js"]
