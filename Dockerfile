# Image of the API and the worker (see docker-compose.yml):
#   docker build -t supergap-match .
#   docker run supergap-match                          # API: node dist/src/main.js
#   docker run supergap-match node dist/src/worker.js  # worker
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nest build
ENV NODE_ENV=production
EXPOSE 3000
USER node
CMD ["node", "dist/src/main.js"]
