# Image for the app service of docker-compose.yml (documentation; no Docker engine runs here).
FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends \
      nodejs npm make libpango-1.0-0 libpangoft2-1.0-0 gettext && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -c constraints.txt -e . && npm ci --omit=dev && make static_build/.built
EXPOSE 8000
