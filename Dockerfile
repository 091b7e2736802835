# Production image: the portal without the embedded PostgreSQL (the repackaged jar leaves it out).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp package -DskipTests \
    && cp target/cchc-portal-*.jar /portal.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --home-dir /app cchc
WORKDIR /app
COPY --from=build /portal.jar /app/portal.jar
USER cchc
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
