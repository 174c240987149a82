package com.baokao.web.rest;

import com.baokao.platform.DatabaseHealth;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** {@code GET /api/health}: 200 when the application can reach its database, 503 otherwise. */
@Path("health")
public class HealthResource {

    @EJB
    DatabaseHealth database;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean up = database.isUp();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(Map.of("status", up ? "UP" : "DOWN", "database", database.productName()))
                .build();
    }
}
